package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What we write can be deleted by pattern (SPARQL DELETE WHERE, CLEAR, a Graph Store PUT): TDB2
 * stores numbers by value, so a literal written in a non-canonical form ("0.80") would come back as
 * another term and survive every pattern delete.
 */
class PatternDeleteTest {
    @Test
    void deleteWhereLeavesNothingOfTheSeed(@TempDir Path dir) throws Exception {
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), LocalDate.parse("2024-07-26"), "auto", false);
            assertTrue(store.quadCount() > 100);
            Txn.executeWrite(store.dataset(), () -> UpdateExec.dataset(store.dataset().asDatasetGraph())
                    .update("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }").execute());
            assertEquals(0, store.quadCount(), "quads a pattern delete could not match");
        }
    }
}
