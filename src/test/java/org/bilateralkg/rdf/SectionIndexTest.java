package org.bilateralkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Which month buckets a fact is listed in, and how a bucket is read back. */
class SectionIndexTest {
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);
    private final Node in = iris.country("IN");
    private final Node pk = iris.country("PK");
    private final Node article = iris.article("a1");

    @Test
    void aCommitmentIsListedUnderItsTopicSpeakerCountryPairAndAllCommitmentsInTheMonthOfPublication() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, Vocab.schemaDatePublished, NodeFactory.createLiteralDT("2024-05-17", XSDDatatype.XSDdate));
        Node c = iris.fact(article, "commitment", 1);
        g.add(c, RDF.type.asNode(), Vocab.Commitment);
        g.add(c, Vocab.topic, iris.topic("trade"));
        g.add(c, Vocab.speaker, iris.person("x"));
        g.add(c, Vocab.committingCountry, in);
        g.add(c, Vocab.partnerCountry, pk);
        SectionIndex.addEntries(iris, g, SectionIndex.Scope.ARTICLE, article);

        Set<Node> buckets = SectionIndex.bucketsIn(g);
        assertEquals(Set.of(
                SectionIndex.bucket(SectionIndex.index(iris, SectionIndex.Section.TOPIC_COMMITMENTS, iris.topic("trade")), date("2024-05-01")),
                SectionIndex.bucket(SectionIndex.index(iris, SectionIndex.Section.PERSON_COMMITMENTS, iris.person("x")), date("2024-05-01")),
                SectionIndex.bucket(SectionIndex.index(iris, SectionIndex.Section.COUNTRY_COMMITMENTS, in), date("2024-05-01")),
                SectionIndex.bucket(SectionIndex.index(iris, SectionIndex.Section.PAIR_COMMITMENTS, pk, in), date("2024-05-01")),
                SectionIndex.bucket(SectionIndex.index(iris, SectionIndex.Section.ALL_COMMITMENTS), date("2024-05-01"))), buckets);
        for (Node b : buckets) {
            assertEquals(Optional.of("2024-05"), SectionIndex.periodOf(b), b.getURI());
        }
    }

    @Test
    void aMeetingOfThreeCountriesIsListedUnderEachPairAndUndatedOnesGoToTheirOwnBucket() {
        Graph g = GraphFactory.createDefaultGraph();
        Node m = iris.canonicalMeeting("m");
        g.add(m, RDF.type.asNode(), Vocab.Meeting);
        for (String code : new String[]{"CN", "IN", "RU"}) {
            g.add(m, Vocab.participantCountry, iris.country(code));
        }
        g.add(m, Vocab.schemaStartDate, NodeFactory.createLiteralDT("--05-01", XSDDatatype.XSDgMonthDay));
        SectionIndex.addEntries(iris, g, SectionIndex.Scope.DERIVED, null);

        Set<Node> buckets = SectionIndex.bucketsIn(g);
        assertEquals(3 + 3 + 1, buckets.size(), "three country buckets, three pair buckets and all meetings': " + buckets);
        Node cnRu = SectionIndex.index(iris, SectionIndex.Section.PAIR_MEETINGS, iris.country("RU"), iris.country("CN"));
        assertTrue(buckets.contains(SectionIndex.bucket(cnRu, null)), "a date without a year is undated");
        assertEquals(cnRu, SectionIndex.indexOf(SectionIndex.bucket(cnRu, null)));
        assertEquals(Optional.empty(), SectionIndex.periodOf(SectionIndex.bucket(cnRu, null)));
    }

    private static Node date(String d) {
        return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
    }
}
