package org.bilateralkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
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
 * After an ingest only the people whose meetings changed are summed up again: a participation's
 * person is a participant of the canonical meeting of its report, so the person-meetings buckets the
 * merge marked name them.
 */
public final class ReportedPosts {
    private static final String SUMMARY = """
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?person ?post ?country (MIN(?date) AS ?first) (MAX(?date) AS ?last)
                   (COUNT(DISTINCT ?article) AS ?articles) (MAX(?article) AS ?anArticle)
            WHERE {
              GRAPH ?article {
                ?x bkg:agent ?person ; bkg:inPost ?post .
                ?report bkg:participation ?x .
                OPTIONAL { ?x bkg:onBehalfOf ?country }
                OPTIONAL { ?report schema:startDate ?date }
              }
              %s
            }
            GROUP BY ?person ?post ?country
            """;
    /** Above this share of the people summed up, one pass over every participation is quicker. */
    private static final double FULL_REBUILD_SHARE = 0.2;

    private ReportedPosts() {
    }

    public static Node graphName(Iris iris) {
        return iris.graph("derived/posts");
    }

    /**
     * Sums up again the people whose meetings changed since the last count (the buckets marked in
     * derived/pending, which this leaves for {@link SectionCounts#update} to clear), or everyone
     * when the page index is being rebuilt. Must run inside a write transaction, before
     * {@link SectionCounts#update}. Returns the people summed up.
     */
    public static int update(DatasetGraph dsg, Iris iris) {
        Node graph = graphName(iris);
        boolean indexKept = dsg.find(SectionIndex.graphName(iris), Node.ANY, Vocab.contents, Node.ANY).hasNext();
        Set<Node> people = new HashSet<>();
        dsg.find(MeetingMerger.pendingGraph(iris), Node.ANY, Vocab.awaitsCount, Node.ANY).forEachRemaining(q ->
                SectionIndex.entityOf(iris, SectionIndex.Section.PERSON_MEETINGS, SectionIndex.indexOf(q.getSubject())).ifPresent(people::add));
        Set<Node> summed = new HashSet<>();
        dsg.find(graph, Node.ANY, Vocab.postHolder, Node.ANY).forEachRemaining(q -> summed.add(q.getObject()));
        if (!indexKept || summed.isEmpty() || people.size() > FULL_REBUILD_SHARE * summed.size()) {
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
        return QueryFactory.create(SUMMARY.formatted(filter));
    }

    /** The summaries as triples, from rows of {@link #summaryQuery}. */
    public static Graph graph(Iterator<Binding> rows) {
        Graph g = GraphFactory.createDefaultGraph();
        rows.forEachRemaining(b -> {
            Node s = NodeFactory.createBlankNode();
            g.add(s, RDF.type.asNode(), Vocab.ReportedPost);
            g.add(s, Vocab.postHolder, b.get("person"));
            g.add(s, Vocab.inPost, b.get("post"));
            add(g, s, Vocab.onBehalfOf, b.get("country"));
            add(g, s, Vocab.firstReported, b.get("first"));
            add(g, s, Vocab.lastReported, b.get("last"));
            add(g, s, Vocab.articleCount, b.get("articles"));
            add(g, s, Vocab.provWasDerivedFrom, b.get("anArticle"));
        });
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        if (o != null) {
            g.add(s, p, o);
        }
    }
}
