package org.bilateralkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;

/**
 * The posts articles say a person held when they took part in a meeting, summed up per person, post
 * and country (bkg:ReportedPost: first and last meeting date so reported, how many articles, one of
 * them) in the graph derived/posts: the person page's "posts as reported". Summing a minister's
 * 5,000 participations took about 100 ms a request at 100,000 articles.
 * <p>
 * After an ingest of new articles only, their sums are merged into the summaries. When articles
 * were replaced or removed, the people whose meetings changed are summed up again: a
 * participation's person is a participant of the canonical meeting of its report, so the
 * person-meetings buckets the merge marked name them.
 */
public final class ReportedPosts {
    /** One row per participation in a post: the summing is done here, not by SPARQL (see {@link #sums}). */
    private static final String SUMMARY = """
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?person ?post ?country ?date ?article
            WHERE {
              %s
              GRAPH ?article {
                ?x bkg:agent ?person ; bkg:inPost ?post .
                ?report bkg:participation ?x .
                OPTIONAL { ?x bkg:onBehalfOf ?country }
                OPTIONAL { ?report schema:startDate ?date }
              }
              %s
            }
            """;
    /** Above this share of the people summed up, one pass over every participation is quicker. */
    private static final double FULL_REBUILD_SHARE = 0.2;

    private ReportedPosts() {
    }

    public static Node graphName(Iris iris) {
        return iris.graph("derived/posts");
    }

    /**
     * Adds the articles new since the last count, or sums up again the people whose meetings changed
     * (the buckets marked in derived/pending), or everyone when the page index is being rebuilt.
     * Reads the marks and leaves them: run by {@link DerivedGraphs#update}. Returns the people summed up.
     */
    public static int update(DatasetGraph dsg, Iris iris) {
        Node graph = graphName(iris);
        boolean indexKept = dsg.find(SectionIndex.graphName(iris), Node.ANY, Vocab.contents, Node.ANY).hasNext();
        Set<Node> people = new HashSet<>();
        dsg.find(MeetingMerger.pendingGraph(iris), Node.ANY, Vocab.awaitsCount, Node.ANY).forEachRemaining(q ->
                SectionIndex.entityOf(iris, SectionIndex.Section.PERSON_MEETINGS, SectionIndex.indexOf(q.getSubject())).ifPresent(people::add));
        Set<Node> summed = new HashSet<>();
        dsg.find(graph, Node.ANY, Vocab.postHolder, Node.ANY).forEachRemaining(q -> summed.add(q.getObject()));
        if (!indexKept || summed.isEmpty()) {
            return rebuild(dsg, iris);
        }
        Set<Node> added = new HashSet<>();
        Set<Node> changed = new HashSet<>();
        dsg.find(MeetingMerger.pendingGraph(iris), Node.ANY, Vocab.awaitsMerge, Node.ANY).forEachRemaining(q ->
                (q.getObject().equals(MeetingMerger.ADDED) ? added : changed).add(q.getSubject()));
        added.removeAll(changed);
        if (changed.isEmpty()) {
            return addArticles(dsg, iris, added);
        }
        if (people.size() > FULL_REBUILD_SHARE * summed.size()) {
            return rebuild(dsg, iris);
        }
        for (Node person : people) {
            List<Node> old = new ArrayList<>();
            dsg.find(graph, Node.ANY, Vocab.postHolder, person).forEachRemaining(q -> old.add(q.getSubject()));
            old.forEach(s -> dsg.deleteAny(graph, s, Node.ANY, Node.ANY));
            Graph g;
            try (QueryExec qe = QueryExec.dataset(dsg).query(query("")).substitution("person", person).build()) {
                g = graph(qe.select());
            }
            g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return people.size();
    }

    /**
     * Only new articles since the last count: their sums are merged into the summaries (earliest
     * first date, latest last date, counts added), without reading anyone's older reports.
     */
    private static int addArticles(DatasetGraph dsg, Iris iris, Set<Node> articles) {
        if (articles.isEmpty()) {
            return 0;
        }
        String values = "VALUES ?article { " + articles.stream().map(n -> "<" + n.getURI() + ">").collect(Collectors.joining(" ")) + " }";
        java.util.Collection<Sum> added;
        try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(SUMMARY.formatted(values, ""))).build()) {
            added = sums(qe.select());
        }
        Node graph = graphName(iris);
        Set<Node> people = new HashSet<>();
        for (Sum sum : added) {
            people.add(sum.person());
            Node old = null;
            for (Node s : subjects(dsg, graph, sum.person())) {
                if (Objects.equals(one(dsg, graph, s, Vocab.inPost), sum.post())
                        && Objects.equals(one(dsg, graph, s, Vocab.onBehalfOf), sum.country())) {
                    old = s;
                }
            }
            Sum merged = sum;
            if (old != null) {
                Node anArticle = one(dsg, graph, old, Vocab.provWasDerivedFrom);
                merged = new Sum(sum.person(), sum.post(), sum.country(),
                        extreme(one(dsg, graph, old, Vocab.firstReported), sum.first(), -1),
                        extreme(one(dsg, graph, old, Vocab.lastReported), sum.last(), 1),
                        ((Number) one(dsg, graph, old, Vocab.articleCount).getLiteralValue()).longValue() + sum.articles(),
                        anArticle == null || sum.anArticle().getURI().compareTo(anArticle.getURI()) > 0 ? sum.anArticle() : anArticle);
                dsg.deleteAny(graph, old, Node.ANY, Node.ANY);
            }
            Graph g = GraphFactory.createDefaultGraph();
            write(g, merged);
            g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return people.size();
    }

    /** The smaller ({@code sign} -1) or larger (+1) of two values in SPARQL's order, as MIN and MAX take them. */
    private static Node extreme(Node a, Node b, int sign) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int cmp = NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));
        return cmp * sign >= 0 ? a : b;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node graph, Node person) {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, Vocab.postHolder, person).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static Node one(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Sums up everyone. Must run inside a write transaction. Returns the people summed up. */
    public static int rebuild(DatasetGraph dsg, Iris iris) {
        Graph g;
        try (QueryExec qe = QueryExec.dataset(dsg).query(query("")).build()) {
            g = graph(qe.select());
        }
        Node graph = graphName(iris);
        dsg.removeGraph(graph);
        g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return (int) g.find(Node.ANY, Vocab.postHolder, Node.ANY).toList().stream().map(t -> t.getObject()).distinct().count();
    }

    /** The summing query for a store reached over HTTP, leaving out the articles about to be removed. */
    public static Query summaryQuery(Collection<Node> leaveOut) {
        String filter = leaveOut.isEmpty() ? "" : "FILTER(?article NOT IN ("
                + leaveOut.stream().map(n -> "<" + n.getURI() + ">").collect(Collectors.joining(", ")) + "))";
        return query(filter);
    }

    private static Query query(String filter) {
        return QueryFactory.create(SUMMARY.formatted("", filter));
    }

    /** The sum of one person's reports in one post for one country. */
    private record Sum(Node person, Node post, Node country, Node first, Node last, long articles, Node anArticle) {
    }

    /**
     * Sums rows of {@link #summaryQuery} per person, post and country: the earliest and latest whole
     * date (a date without a year is left out), how many articles, and the greatest article IRI.
     * In Java because SPARQL's MIN and MAX give nothing for a group in which one report has no date.
     */
    private static java.util.Collection<Sum> sums(Iterator<Binding> rows) {
        record Key(Node person, Node post, Node country) {
        }
        java.util.Map<Key, Node[]> dates = new java.util.LinkedHashMap<>();
        java.util.Map<Key, Set<Node>> articles = new java.util.HashMap<>();
        rows.forEachRemaining(b -> {
            Key k = new Key(b.get("person"), b.get("post"), b.get("country"));
            Node[] d = dates.computeIfAbsent(k, x -> new Node[2]);
            Node date = b.get("date");
            if (date != null && date.isLiteral() && date.getLiteralDatatypeURI().equals(XSDDatatype.XSDdate.getURI())) {
                d[0] = extreme(d[0], date, -1);
                d[1] = extreme(d[1], date, 1);
            }
            articles.computeIfAbsent(k, x -> new HashSet<>()).add(b.get("article"));
        });
        List<Sum> out = new ArrayList<>();
        dates.forEach((k, d) -> {
            Set<Node> as = articles.get(k);
            Node max = as.stream().max(java.util.Comparator.comparing(Node::getURI)).orElse(null);
            out.add(new Sum(k.person(), k.post(), k.country(), d[0], d[1], as.size(), max));
        });
        return out;
    }

    /** The summaries as triples, from rows of {@link #summaryQuery}. */
    public static Graph graph(Iterator<Binding> rows) {
        Graph g = GraphFactory.createDefaultGraph();
        sums(rows).forEach(sum -> write(g, sum));
        return g;
    }

    private static void write(Graph g, Sum sum) {
        Node s = NodeFactory.createBlankNode();
        g.add(s, RDF.type.asNode(), Vocab.ReportedPost);
        g.add(s, Vocab.postHolder, sum.person());
        g.add(s, Vocab.inPost, sum.post());
        add(g, s, Vocab.onBehalfOf, sum.country());
        add(g, s, Vocab.firstReported, sum.first());
        add(g, s, Vocab.lastReported, sum.last());
        add(g, s, Vocab.articleCount, NodeFactory.createLiteralDT(Long.toString(sum.articles()), XSDDatatype.XSDinteger));
        add(g, s, Vocab.provWasDerivedFrom, sum.anArticle());
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) {
            g.add(s, p, o);
        }
    }
}
