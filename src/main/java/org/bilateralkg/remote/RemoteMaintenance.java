package org.bilateralkg.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;
import org.bilateralkg.store.Backup;
import org.bilateralkg.store.MeetingMerger;
import org.bilateralkg.store.ReportedPosts;
import org.bilateralkg.store.SectionCounts;

/** backup, restore, remove and compact through a running server, as the local commands do on a store. */
public final class RemoteMaintenance {
    private final KgClient client;
    private final Iris iris;

    public RemoteMaintenance(KgClient client, Iris iris) {
        this.client = client;
        this.iris = iris;
    }

    /** The whole dataset as gzipped N-Quads (the same file a local backup writes); returns the quads written. */
    public long backup(Path out) throws IOException {
        return Backup.write(out, client::dumpDataset);
    }

    /**
     * Replaces the server's content with a backup, in one request (one transaction on the server);
     * returns the quads the server holds afterwards.
     */
    public long restore(Path from) throws IOException {
        client.checkCredentials();
        client.replaceDataset(from);
        return quadCount();
    }

    /**
     * Retracts articles (by id or IRI, or every article of a publisher) and re-derives the merged
     * meetings without them: one request drops their graphs and replaces the derived graph, so
     * readers never see a meeting that cites a removed report. Returns how many were removed.
     */
    public int remove(List<String> articles, String source) {
        client.checkCredentials();
        Set<Node> doomed = source != null ? bySource(source) : byId(articles);
        if (doomed.isEmpty()) {
            return 0;
        }
        MeetingMerger.Derived d = client.select(MeetingMerger.reportsQuery(), rows -> MeetingMerger.derive(rows, iris, doomed));
        List<Binding> leaving = client.select(SectionCounts.countsInQuery(doomed), rows -> {
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            return out;
        });
        Graph counts = client.select(SectionCounts.articleCountsQuery(iris), rows -> SectionCounts.graph(iris, rows, leaving.iterator(), d.graph()));
        Map<Node, Graph> derived = new LinkedHashMap<>();
        derived.put(d.name(), d.graph());
        derived.put(SectionIndex.graphName(iris), counts);
        derived.put(ReportedPosts.graphName(iris), client.select(ReportedPosts.summaryQuery(doomed), ReportedPosts::graph));
        client.update(GraphUpdates.replace(new ArrayList<>(doomed), derived), "removing " + doomed.size() + " articles");
        return doomed.size();
    }

    public void compact() {
        client.checkCredentials();
        client.compact();
    }

    /** Quads in the named graphs (what a backup holds). */
    public long quadCount() {
        return client.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                rows -> rows.hasNext() ? Long.parseLong(rows.next().get("n").getLiteralLexicalForm()) : 0L);
    }

    private Set<Node> bySource(String source) {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g " + str(Vocab.schemaPublisher) + " ?p } FILTER(STR(?p) = "
                + str(NodeFactory.createLiteralString(source)) + " && STRSTARTS(STR(?g), " + str(NodeFactory.createLiteralString(iris.articlePrefix())) + ")) }";
        return graphs(q);
    }

    /** An id is the last segment of the article IRI ({@code 3901dd29a2966ec0}); an IRI is taken as it is. */
    private Set<Node> byId(List<String> articles) {
        String values = articles.stream().map(String::strip)
                .map(a -> a.contains("://") ? a : iris.articlePrefix() + a)
                .map(a -> str(NodeFactory.createURI(a))).collect(Collectors.joining(" "));
        return graphs("SELECT DISTINCT ?g WHERE { VALUES ?g { " + values + " } GRAPH ?g { ?g a ?type } }");
    }

    private Set<Node> graphs(String query) {
        return client.select(QueryFactory.create(query), rows -> {
            Set<Node> out = new LinkedHashSet<>();
            rows.forEachRemaining(b -> out.add(b.get("g")));
            return out;
        });
    }

    private static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
