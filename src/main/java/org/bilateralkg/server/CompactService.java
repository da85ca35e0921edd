package org.bilateralkg.server;

import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@code POST /kg/compact}: compacts the served TDB2 store while it stays online (TDB2 copies the live
 * data into a new generation, switches to it and deletes the old one; writers wait meanwhile, readers
 * carry on). Installed only with {@code --update-users}, behind authentication.
 */
final class CompactService extends BaseActionREST {
    static final Operation OPERATION = Operation.alloc("https://bilateral-kg.org/ns/server#compact", "compact",
            "Compact the TDB2 store");

    @Override
    protected void doPost(HttpAction action) {
        DatasetGraph dsg = action.getDataset();
        while (!TDBInternal.isTDB2(dsg) && dsg instanceof DatasetGraphWrapper w) {
            dsg = w.getWrapped();
        }
        if (!TDBInternal.isTDB2(dsg)) {
            ServletOps.errorBadRequest("This dataset is not a TDB2 store: nothing to compact.");
            return;
        }
        long t0 = System.nanoTime();
        DatabaseMgr.compact(dsg, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        action.log.info(String.format("[%d] compacted the store in %d ms", action.id, ms));
        action.setResponseStatus(200);
        action.setResponseContentType("text/plain; charset=utf-8");
        try {
            action.getResponseOutputStream().write(("compacted in " + ms + " ms\n").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // the client went away; the store is compacted all the same
        }
    }
}
