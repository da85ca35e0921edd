package org.bilateralkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;

/**
 * Keeps the entry counts of the navigation index ({@link SectionIndex}) in the graph
 * derived/index, one literal per index, its table of contents: {@code <index> bkg:contents
 * "2024-05:17 2024-04:12 undated:3"}, and one per section of one entity's pages, its directory:
 * {@code <base>index/person-statements bkg:directory "person/sergey-lavrov:4559 ..."}. A page reads
 * that literal alone (a row per bucket took 20 ms for a person with 270 months; writing four triples
 * per bucket added a minute to a 100,000-article ingest).
 * Whoever adds or removes entries marks their buckets in derived/pending in the same transaction
 * ({@link #markBucketsOf}); {@link #update} recounts the marked buckets only, so the work after an
 * ingest follows what changed, not the size of the store.
 */
public final class SectionCounts {
    /** Above this share of the buckets marked, one pass over every entry is quicker than a lookup per bucket. */
    private static final double FULL_RECOUNT_SHARE = 0.2;
    private static final Node TRUE = NodeFactory.createLiteralString("true");
    private static final Query ALL_COUNTS = QueryFactory.create("SELECT ?bucket (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?fact <"
            + Vocab.listedIn.getURI() + "> ?bucket } } GROUP BY ?bucket");

    private SectionCounts() {
    }

    /** Marks every bucket that lists a fact of graph {@code g} of the store (before it is removed, or after it is added). */
    public static void markBucketsOf(DatasetGraph dsg, Iris iris, Node g) {
        Set<Node> buckets = new HashSet<>();
        dsg.find(g, Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(q -> buckets.add(q.getObject()));
        buckets.forEach(b -> dsg.add(pending(iris, b)));
    }

    /** The quad that marks {@code bucket} as changed since its count was taken. */
    public static Quad pending(Iris iris, Node bucket) {
        return Quad.create(MeetingMerger.pendingGraph(iris), bucket, Vocab.awaitsCount, TRUE);
    }

    /**
     * Brings the counts up to date: recounts the marked buckets, or every bucket when there are no
     * counts yet or many buckets are marked. Reads the marks and leaves them: run by
     * {@link DerivedGraphs#update}. Returns the buckets recounted.
     */
    public static int update(DatasetGraph dsg, Iris iris) {
        Node pending = MeetingMerger.pendingGraph(iris);
        Node graph = SectionIndex.graphName(iris);
        Set<Node> marked = new HashSet<>();
        dsg.find(pending, Node.ANY, Vocab.awaitsCount, Node.ANY).forEachRemaining(q -> marked.add(q.getSubject()));
        boolean counted = dsg.find(graph, Node.ANY, Vocab.contents, Node.ANY).hasNext();
        if (marked.isEmpty() && counted) {
            return 0;
        }
        if (!counted || marked.size() > FULL_RECOUNT_SHARE * bucketCount(dsg, graph)) {
            return rebuild(dsg, iris);
        }
        Map<Node, Map<Node, Long>> byIndex = new HashMap<>();
        for (Node b : marked) {
            byIndex.computeIfAbsent(SectionIndex.indexOf(b), k -> new HashMap<>())
                    .put(b, count(dsg.find(Node.ANY, Node.ANY, Vocab.listedIn, b)));
        }
        Map<SectionIndex.Section, Map<String, Long>> totals = new HashMap<>();
        byIndex.forEach((index, recounted) -> {
            Map<Node, Long> counts = new HashMap<>();
            stored(dsg, graph, index, Vocab.contents).ifPresent(text ->
                    SectionIndex.readContents(index, text).forEach(b -> counts.put(b.bucket(), b.entries())));
            counts.putAll(recounted);
            replace(dsg, graph, index, Vocab.contents, contents(index, counts));
            SectionIndex.entryOf(iris, index).ifPresent(e -> totals.computeIfAbsent(e.section(), k -> new HashMap<>())
                    .put(e.entityPath(), counts.values().stream().mapToLong(Long::longValue).sum()));
        });
        // The directories of the sections those indexes belong to: their entities' new totals.
        totals.forEach((section, changed) -> {
            Node node = SectionIndex.sectionNode(iris, section);
            Map<String, Long> all = new HashMap<>();
            stored(dsg, graph, node, Vocab.directory).ifPresent(text -> all.putAll(SectionIndex.readDirectory(text)));
            all.putAll(changed);
            replace(dsg, graph, node, Vocab.directory, directory(node, all));
        });
        return marked.size();
    }

    /** Recounts every bucket in one pass over the entries. Must run inside a write transaction. Returns the buckets. */
    public static int rebuild(DatasetGraph dsg, Iris iris) {
        Map<Node, Long> counts = new HashMap<>();
        // SPARQL rather than a find() of quads: it decodes only the bucket of each entry, not the fact
        // and the graph as well (34 s against under 8 s for the 1.5 million entries of 100,000 articles).
        try (QueryExec qe = QueryExec.dataset(dsg).query(ALL_COUNTS).build()) {
            qe.select().forEachRemaining(b -> addCount(counts, b, 1));
        }
        Node graph = SectionIndex.graphName(iris);
        dsg.removeGraph(graph);
        graph(iris, counts).find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return counts.size();
    }

    /**
     * The counts query for a store reached over HTTP: entries per bucket in the article graphs (the
     * caller adds those of the derived meetings it is about to write). Columns: bucket, n.
     */
    public static Query articleCountsQuery(Iris iris) {
        return QueryFactory.create("SELECT ?bucket (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?fact <" + Vocab.listedIn.getURI()
                + "> ?bucket } FILTER(?g != <" + MeetingMerger.graphName(iris).getURI() + ">) } GROUP BY ?bucket");
    }

    /** Entries per bucket in the graphs {@code graphs} only (articles about to be removed). Columns: bucket, n. */
    public static Query countsInQuery(java.util.Collection<Node> graphs) {
        StringBuilder values = new StringBuilder();
        graphs.forEach(g -> values.append('<').append(g.getURI()).append("> "));
        return QueryFactory.create("SELECT ?bucket (COUNT(*) AS ?n) WHERE { VALUES ?g { " + values + "} GRAPH ?g { ?fact <"
                + Vocab.listedIn.getURI() + "> ?bucket } } GROUP BY ?bucket");
    }

    /**
     * The graph of counts: rows of {@link #articleCountsQuery}, less the rows of {@link #countsInQuery}
     * for articles about to go, plus the entries of {@code derived}.
     */
    public static Graph graph(Iris iris, Iterator<Binding> articleCounts, Iterator<Binding> leavingCounts, Graph derived) {
        Map<Node, Long> counts = new HashMap<>();
        articleCounts.forEachRemaining(b -> addCount(counts, b, 1));
        leavingCounts.forEachRemaining(b -> addCount(counts, b, -1));
        derived.find(Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(t -> counts.merge(t.getObject(), 1L, Long::sum));
        return graph(iris, counts);
    }

    private static Graph graph(Iris iris, Map<Node, Long> counts) {
        Map<Node, Map<Node, Long>> byIndex = new HashMap<>();
        counts.forEach((b, n) -> byIndex.computeIfAbsent(SectionIndex.indexOf(b), k -> new HashMap<>()).put(b, n));
        Graph g = GraphFactory.createDefaultGraph();
        Map<SectionIndex.Section, Map<String, Long>> totals = new HashMap<>();
        byIndex.forEach((index, buckets) -> {
            contents(index, buckets).ifPresent(g::add);
            SectionIndex.entryOf(iris, index).ifPresent(e -> totals.computeIfAbsent(e.section(), k -> new HashMap<>())
                    .put(e.entityPath(), buckets.values().stream().mapToLong(Long::longValue).sum()));
        });
        totals.forEach((section, all) -> directory(SectionIndex.sectionNode(iris, section), all).ifPresent(g::add));
        return g;
    }

    /** The directory of a section for these entity totals; none when every total is zero. */
    private static java.util.Optional<Triple> directory(Node section, Map<String, Long> totals) {
        String text = SectionIndex.directory(totals);
        return text.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Triple.create(section, Vocab.directory, NodeFactory.createLiteralString(text)));
    }

    /** The table of contents of {@code index} for these bucket counts; none when every bucket is empty. */
    private static java.util.Optional<Triple> contents(Node index, Map<Node, Long> counts) {
        List<SectionIndex.Bucket> buckets = new ArrayList<>();
        counts.forEach((b, n) -> buckets.add(new SectionIndex.Bucket(b, SectionIndex.periodOf(b).orElse(null), n)));
        String text = SectionIndex.contents(buckets);
        return text.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Triple.create(index, Vocab.contents, NodeFactory.createLiteralString(text)));
    }

    /** The text of the one literal {@code s p} holds in {@code graph}. */
    private static java.util.Optional<String> stored(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? java.util.Optional.of(it.next().getObject().getLiteralLexicalForm()) : java.util.Optional.empty();
    }

    /** Replaces the literal {@code s p} holds in {@code graph} by {@code now}'s (none: removed). */
    private static void replace(DatasetGraph dsg, Node graph, Node s, Node p, java.util.Optional<Triple> now) {
        dsg.deleteAny(graph, s, p, Node.ANY);
        now.ifPresent(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static void addCount(Map<Node, Long> counts, Binding row, int sign) {
        counts.merge(row.get("bucket"), sign * ((Number) row.get("n").getLiteralValue()).longValue(), Long::sum);
    }

    /** How many buckets the tables of contents list (one "month:count" item each). */
    private static long bucketCount(DatasetGraph dsg, Node graph) {
        long[] n = {0};
        dsg.find(graph, Node.ANY, Vocab.contents, Node.ANY).forEachRemaining(q ->
                n[0] += q.getObject().getLiteralLexicalForm().chars().filter(ch -> ch == ':').count());
        return n[0];
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
