package org.bilateralkg.remote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update requests that replace named graphs whole: {@code DROP SILENT GRAPH} for each, then
 * one {@code INSERT DATA} with all their quads. Sent as one request, Fuseki runs them in one
 * transaction, so a reader sees each graph either as it was or as it is now, never in between.
 */
final class GraphUpdates {
    private GraphUpdates() {
    }

    /** Drops {@code dropped}, then writes {@code graphs} in their place (a graph may be in both). */
    static UpdateRequest replace(Collection<Node> dropped, Map<Node, Graph> graphs) {
        UpdateRequest request = new UpdateRequest();
        for (Node g : dropped) {
            request.add(new UpdateDrop(g, true));
        }
        for (Node g : graphs.keySet()) {
            if (!dropped.contains(g)) {
                request.add(new UpdateDrop(g, true));
            }
        }
        List<Quad> quads = new ArrayList<>();
        graphs.forEach((name, graph) -> graph.find().forEachRemaining(t -> quads.add(Quad.create(name, t))));
        if (!quads.isEmpty()) {
            // One INSERT DATA: blank node labels (the ontology's OWL lists) stay consistent within it.
            request.add(new UpdateDataInsert(new QuadDataAcc(quads)));
        }
        return request;
    }

    static UpdateRequest replace(Map<Node, Graph> graphs) {
        return replace(List.of(), graphs);
    }
}
