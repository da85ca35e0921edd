package org.bilateralkg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF description of a resource: every statement about it, and statements that link to it (up
 * to a limit), each kept in the graph that states it (for TriG) or merged (for triple formats).
 */
final class Describe {
    static final int MAX_INCOMING = 2000;

    private Describe() {
    }

    static DatasetGraph dataset(Sparql sparql, Node n, String idPrefix) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Prefixes.mapping(idPrefix).getNsPrefixMap().forEach(ds.prefixes()::add);
        for (Binding b : sparql.select("outgoing", "this", n)) {
            ds.add(Sparql.node(b, "g"), n, Sparql.node(b, "p"), Sparql.node(b, "o"));
        }
        for (Binding b : sparql.selectPage("incoming-graphs", MAX_INCOMING, 0, "this", n)) {
            ds.add(Sparql.node(b, "g"), Sparql.node(b, "s"), Sparql.node(b, "p"), n);
        }
        return ds;
    }

    static Graph merged(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.prefixes().forEach((k, v) -> g.getPrefixMapping().setNsPrefix(k, v));
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
