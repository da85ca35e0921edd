package org.bilateralkg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;

/**
 * Keeps the entry counts of the navigation index ({@link SectionIndex}) in the graph
 * derived/index: {@code <bucket> bkg:bucketOf <index> ; bkg:period "2024-05" ; bkg:entries 17}.
 * Whoever adds or removes entries marks their buckets in derived/pending in the same transaction
 * ({@link #markBucketsOf}); {@link #update} recounts the marked buckets only, so the work after an
 * ingest follows what changed, not the size of the store.
 */
public final class SectionCounts {
    /** Above this share of the buckets marked, one pass over every entry is quicker than a lookup per bucket. */
    private static final double FULL_RECOUNT_SHARE = 0.2;
    private static final Node TRUE = NodeFactory.createLiteralString("true");

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
     * Brings the counts up to date: recounts the marked buckets, or every bucket when the index is
     * empty or many are marked. Must run inside a write transaction. Returns the buckets recounted.
     */
    public static int update(DatasetGraph dsg, Iris iris) {
        Node pending = MeetingMerger.pendingGraph(iris);
        Node index = SectionIndex.graphName(iris);
        Set<Node> marked = new HashSet<>();
        dsg.find(pending, Node.ANY, Vocab.awaitsCount, Node.ANY).forEachRemaining(q -> marked.add(q.getSubject()));
        if (marked.isEmpty() && dsg.find(index, Node.ANY, Vocab.entries, Node.ANY).hasNext()) {
            return 0;
        }
        long known = count(dsg.find(index, Node.ANY, Vocab.entries, Node.ANY));
        int done;
        if (known == 0 || marked.size() > FULL_RECOUNT_SHARE * known) {
            done = rebuild(dsg, iris);
        } else {
            for (Node b : marked) {
                dsg.deleteAny(index, b, Node.ANY, Node.ANY);
                long n = count(dsg.find(Node.ANY, Node.ANY, Vocab.listedIn, b));
                if (n > 0) {
                    describe(b, n).find().forEachRemaining(t -> dsg.add(index, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
            done = marked.size();
        }
        dsg.deleteAny(pending, Node.ANY, Vocab.awaitsCount, Node.ANY);
        return done;
    }

    /** Recounts every bucket in one pass over the entries. Must run inside a write transaction. Returns the buckets. */
    public static int rebuild(DatasetGraph dsg, Iris iris) {
        Map<Node, Long> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(q -> counts.merge(q.getObject(), 1L, Long::sum));
        Node index = SectionIndex.graphName(iris);
        dsg.removeGraph(index);
        Graph g = graph(counts);
        g.find().forEachRemaining(t -> dsg.add(index, t.getSubject(), t.getPredicate(), t.getObject()));
        dsg.deleteAny(MeetingMerger.pendingGraph(iris), Node.ANY, Vocab.awaitsCount, Node.ANY);
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
    public static Graph graph(Iterator<Binding> articleCounts, Iterator<Binding> leavingCounts, Graph derived) {
        Map<Node, Long> counts = new HashMap<>();
        articleCounts.forEachRemaining(b -> counts.merge(b.get("bucket"),
                ((Number) b.get("n").getLiteralValue()).longValue(), Long::sum));
        leavingCounts.forEachRemaining(b -> counts.merge(b.get("bucket"),
                -((Number) b.get("n").getLiteralValue()).longValue(), Long::sum));
        derived.find(Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(t -> counts.merge(t.getObject(), 1L, Long::sum));
        return graph(counts);
    }

    private static Graph graph(Map<Node, Long> counts) {
        Graph g = GraphFactory.createDefaultGraph();
        counts.forEach((b, n) -> {
            if (n > 0) {
                describe(b, n).find().forEachRemaining(g::add);
            }
        });
        return g;
    }

    private static Graph describe(Node bucket, long n) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(bucket, Vocab.bucketOf, SectionIndex.indexOf(bucket));
        SectionIndex.periodOf(bucket).ifPresent(p -> g.add(bucket, Vocab.period, NodeFactory.createLiteralString(p)));
        g.add(bucket, Vocab.entries, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
        return g;
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
