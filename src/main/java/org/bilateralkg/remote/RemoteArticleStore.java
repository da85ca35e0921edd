package org.bilateralkg.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;
import org.bilateralkg.store.ArticleStore;
import org.bilateralkg.store.MeetingMerger;
import org.bilateralkg.store.SectionCounts;
import org.bilateralkg.store.PutOutcome;
import org.bilateralkg.store.ReportedPosts;

/**
 * A running server as the destination of an ingest. Per batch: one query asks which articles the
 * server already holds, made from the same content by the same extractor and reference data (the
 * rule of the local store), and one SPARQL Update request replaces the graphs of the others; the
 * server runs that request in one transaction, so a concurrent reader never sees half an article.
 * The merged meetings are computed here from the server's reports and replaced in one request.
 * Assumes one writer at a time, as the local store does.
 */
public final class RemoteArticleStore implements ArticleStore {
    private static final List<Node> SAME_WHEN_EQUAL = List.of(Vocab.contentHash, Vocab.extractorVersion, Vocab.referenceDataVersion);

    private final KgClient client;
    private final Iris iris;
    private long stored;

    private RemoteArticleStore(KgClient client, Iris iris) {
        this.client = client;
        this.iris = iris;
    }

    /** Checks the credentials first: a wrong password fails before any article is read. */
    public static RemoteArticleStore connect(KgClient client, Iris iris) {
        client.checkCredentials();
        return new RemoteArticleStore(client, iris);
    }

    /** The articles this store added or replaced so far. */
    public long stored() {
        return stored;
    }

    @Override
    public Iris iris() {
        return iris;
    }

    @Override
    public boolean ensureReference(String version, Supplier<Map<Node, Graph>> graphs) {
        Node meta = iris.graph("meta");
        Node subject = iris.graph("reference");
        Node versionLiteral = NodeFactory.createLiteralString(version);
        boolean current = client.ask(QueryFactory.create("ASK { GRAPH " + str(meta) + " { " + str(subject) + " "
                + str(Vocab.referenceDataVersion) + " " + str(versionLiteral) + " } }"));
        if (current) {
            return false;
        }
        Map<Node, Graph> toWrite = new LinkedHashMap<>(graphs.get());
        UpdateRequest request = GraphUpdates.replace(toWrite);
        // The version goes in with the graphs, in the same transaction (as the local store does).
        UpdateRequest version2 = UpdateFactory.create("DELETE WHERE { GRAPH " + str(meta) + " { " + str(subject) + " "
                + str(Vocab.referenceDataVersion) + " ?v } } ;\nINSERT DATA { GRAPH " + str(meta) + " { " + str(subject) + " "
                + str(Vocab.referenceDataVersion) + " " + str(versionLiteral) + " } }");
        version2.getOperations().forEach(request::add);
        client.update(request, "replacing the reference data");
        return true;
    }

    @Override
    public List<PutOutcome> putAll(List<Node> names, List<Graph> graphs, boolean force) {
        Map<Node, Map<Node, Set<Node>>> held;
        try {
            held = held(names);
        } catch (RemoteException e) {
            Map<Node, Graph> batch = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                batch.putIfAbsent(names.get(i), graphs.get(i));
            }
            throw new BatchNotStoredException(e, describe(batch), stored);
        }
        List<PutOutcome> outcomes = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Map<Node, Graph> changed = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            Map<Node, Set<Node>> onServer = held.get(name);
            if (!seen.add(name)) {
                outcomes.add(PutOutcome.UNCHANGED); // the same article twice in one batch
            } else if (onServer != null && !force && same(onServer, name, graphs.get(i))) {
                outcomes.add(PutOutcome.UNCHANGED);
            } else {
                outcomes.add(onServer != null ? PutOutcome.REPLACED : PutOutcome.ADDED);
                changed.put(name, graphs.get(i));
            }
        }
        if (!changed.isEmpty()) {
            try {
                client.update(GraphUpdates.replace(changed), "storing a batch of " + changed.size() + " articles");
            } catch (RemoteException e) {
                throw new BatchNotStoredException(e, describe(changed), stored);
            }
            stored += changed.size();
        }
        return outcomes;
    }

    @Override
    public int rebuildDerived() {
        try {
            MeetingMerger.Derived d = client.select(MeetingMerger.reportsQuery(), rows -> MeetingMerger.derive(rows, iris, Set.of()));
            // The counts of the page index go in the same request, so readers see both or neither.
            Graph counts = client.select(SectionCounts.articleCountsQuery(iris), rows -> SectionCounts.graph(iris, rows, java.util.Collections.emptyIterator(), d.graph()));
            Map<Node, Graph> derived = new LinkedHashMap<>();
            derived.put(d.name(), d.graph());
            derived.put(SectionIndex.graphName(iris), counts);
            derived.put(ReportedPosts.graphName(iris), client.select(ReportedPosts.summaryQuery(Set.of()), ReportedPosts::graph));
            client.update(GraphUpdates.replace(derived), "replacing the merged meetings and the page index");
            return d.meetings();
        } catch (RemoteException e) {
            throw new RemoteException(e.kind(), e.status(), e.getMessage() + "; the articles are stored: run the same ingest"
                    + " again to rebuild the merged meetings", e);
        }
    }

    /** For each article the server holds: its version-defining triples (content hash, extractor, reference data, type). */
    private Map<Node, Map<Node, Set<Node>>> held(List<Node> names) {
        String values = names.stream().distinct().map(RemoteArticleStore::str).collect(Collectors.joining(" "));
        Query q = QueryFactory.create("SELECT ?g ?p ?o WHERE { VALUES ?g { " + values + " } VALUES ?p { "
                + str(RDF.type.asNode()) + " " + SAME_WHEN_EQUAL.stream().map(RemoteArticleStore::str).collect(Collectors.joining(" "))
                + " } GRAPH ?g { ?g ?p ?o } }");
        return client.select(q, rows -> {
            Map<Node, Map<Node, Set<Node>>> out = new HashMap<>();
            rows.forEachRemaining(b -> out.computeIfAbsent(b.get("g"), k -> new HashMap<>())
                    .computeIfAbsent(b.get("p"), k -> new HashSet<>()).add(b.get("o")));
            return out;
        });
    }

    /** The rule of KgStore: same when each of the new graph's values is among the stored ones. */
    private static boolean same(Map<Node, Set<Node>> stored, Node article, Graph graph) {
        for (Node p : SAME_WHEN_EQUAL) {
            Node wanted = graph.find(article, p, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
            if (wanted == null || !stored.getOrDefault(p, Set.of()).contains(wanted)) {
                return false;
            }
        }
        return true;
    }

    /** Each article as the user can find it again: its IRI, and its URL when it has one. */
    private static List<String> describe(Map<Node, Graph> graphs) {
        List<String> out = new ArrayList<>();
        graphs.forEach((name, g) -> {
            String url = g.find(name, Vocab.schemaUrl, Node.ANY).nextOptional()
                    .map(t -> t.getObject().isURI() ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm()).orElse(null);
            out.add(name.getURI() + (url != null ? " (" + url + ")" : ""));
        });
        return out;
    }

    private static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
