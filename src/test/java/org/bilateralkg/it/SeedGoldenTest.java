package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article (Hindi), ingested with --published 2024-07-26, checked fact by fact against what
 * a careful reader takes from it (DESIGN.md, "The seed article"), through SPARQL on the store.
 */
class SeedGoldenTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void ingest() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        var s = SeedStore.ingest(store, List.of(SeedStore.SEED_HI), LocalDate.parse("2024-07-26"), "auto", false);
        assertEquals(1, s.ingested());
        assertTrue(s.failures().isEmpty());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void exactlyOneMeetingAlthoughTheCaptionRepeatsIt() {
        assertEquals(1, SeedStore.select(store, "SELECT ?m WHERE { GRAPH ?g { ?m a bkg:Meeting } FILTER(CONTAINS(STR(?g), '/id/article/')) }").size(),
                "one meeting report in the article graph");
        assertEquals(1, SeedStore.select(store, "SELECT DISTINCT ?m WHERE { ?m bkg:report ?r }").size(), "one canonical meeting");
    }

    @Test
    void personTimelineGivesLavrovsMeetingAndHisTwoStatements() throws Exception {
        String q = java.nio.file.Files.readString(SeedStore.HOME.resolve("queries/person-timeline.rq"));
        var out = new java.io.ByteArrayOutputStream();
        org.bilateralkg.query.QueryRunner.run(store.dataset(), org.bilateralkg.query.QueryRunner.parse(q),
                Map.of("person", "https://bilateral-kg.org/id/person/sergey-lavrov"), org.bilateralkg.query.ResultFormat.CSV, out);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals("date,kind,what,country,item,article", lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("2024-07-25,meeting,")).count(), String.join("\n", lines));
        assertEquals(2, lines.stream().filter(l -> l.contains(",statement,") && l.contains(",RU,")).count(), String.join("\n", lines));
    }

    @Test
    void pairTimelineHasTheMeetingAndBothCountriesCommitmentsWithTheirTopics() throws Exception {
        String q = java.nio.file.Files.readString(SeedStore.HOME.resolve("queries/pair-timeline.rq"));
        var out = new java.io.ByteArrayOutputStream();
        org.bilateralkg.query.QueryRunner.run(store.dataset(), org.bilateralkg.query.QueryRunner.parse(q),
                Map.of("a", "RU", "b", "CN"), org.bilateralkg.query.ResultFormat.CSV, out);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024-07-25,meeting,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024-07-25,commitment,asean-centrality,CN,support,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",commitment,asean-centrality,RU,support,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",commitment,non-interference,RU,support,")), String.join("\n", lines));
    }

    @Test
    void meetingHasBothForeignMinistersWithTheirCountries() {
        List<Map<String, String>> rows = SeedStore.select(store, """
                SELECT ?person ?cc ?post WHERE {
                  GRAPH ?g { ?m a bkg:Meeting ; bkg:participation ?p . ?p bkg:agent ?person ; bkg:onBehalfOf ?c ; bkg:inPost ?post }
                  ?c bkg:isoCode ?cc }""");
        Set<String> got = rows.stream().map(r -> r.get("person") + " " + r.get("cc") + " " + r.get("post")).collect(Collectors.toSet());
        assertEquals(Set.of(
                "https://bilateral-kg.org/id/person/sergey-lavrov RU https://bilateral-kg.org/id/post/ru/foreign-minister",
                "https://bilateral-kg.org/id/person/wang-yi CN https://bilateral-kg.org/id/post/cn/foreign-minister"), got);
    }

    @Test
    void meetingDatePlaceDurationAndMultilateralEvent() {
        List<Map<String, String>> rows = SeedStore.select(store, """
                SELECT ?date ?dt ?loc ?dur ?status ?label ?org WHERE {
                  GRAPH ?g { ?m a bkg:BilateralMeeting ; schema:startDate ?date ; bkg:locationCountry ?l ; schema:duration ?dur ;
                     bkg:status ?status ; bkg:onSidelinesOf ?e . ?e rdfs:label ?label ; bkg:organiser ?org }
                  ?l bkg:isoCode ?loc BIND(DATATYPE(?date) AS ?dt) }""");
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals("2024-07-25", r.get("date"));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", r.get("dt"));
        assertEquals("LA", r.get("loc"));
        assertEquals("PT40M", r.get("dur"));
        assertEquals("held", r.get("status"));
        assertEquals("ASEAN Foreign Ministers' Meeting", r.get("label"));
        assertEquals("https://bilateral-kg.org/id/org/asean", r.get("org"));
    }

    @Test
    void wangYiStatementsReportedByXinhuaAndLavrovsNot() {
        List<Map<String, String>> wang = SeedStore.select(store, """
                SELECT ?s ?by WHERE { GRAPH ?g { ?s a bkg:Statement ; bkg:speaker person:wang-yi OPTIONAL { ?s bkg:reportedBy ?by } } }""");
        assertTrue(wang.size() >= 3, "Wang Yi speaks in several sentences: " + wang);
        assertTrue(wang.stream().anyMatch(r -> "https://bilateral-kg.org/id/org/xinhua".equals(r.get("by"))));
        List<Map<String, String>> lavrov = SeedStore.select(store, """
                SELECT ?s ?by WHERE { GRAPH ?g { ?s a bkg:Statement ; bkg:speaker person:sergey-lavrov OPTIONAL { ?s bkg:reportedBy ?by } } }""");
        assertEquals(2, lavrov.size(), "Lavrov speaks twice");
        assertTrue(lavrov.stream().allMatch(r -> r.get("by") == null), "nothing attributes Lavrov's words to Xinhua");
    }

    @Test
    void headOfTheForeignMinistryIsResolvedToTheMinister() {
        assertEquals("https://bilateral-kg.org/id/person/wang-yi", speakerOfSentenceStartingWith("चीन के विदेश मंत्रालय के प्रमुख"));
        assertEquals("https://bilateral-kg.org/id/person/sergey-lavrov", speakerOfSentenceStartingWith("रूस के विदेश मंत्रालय के प्रमुख"));
    }

    private String speakerOfSentenceStartingWith(String prefix) {
        List<Map<String, String>> rows = SeedStore.select(store, """
                SELECT ?speaker WHERE { GRAPH ?g { ?s a bkg:Statement ; bkg:speaker ?speaker ; bkg:evidence/oa:exact ?q
                  FILTER(STRSTARTS(?q, "%s")) } }""".formatted(prefix));
        assertEquals(1, rows.size(), prefix);
        return rows.get(0).get("speaker");
    }

    @Test
    void lavrovsRetrospectiveClaimsAreStatementsWithTopicsNotCommitments() {
        List<Map<String, String>> rows = SeedStore.select(store, """
                SELECT ?s (GROUP_CONCAT(?n; separator=" ") AS ?topics) WHERE { GRAPH ?g {
                  ?s a bkg:Statement ; bkg:speaker person:sergey-lavrov ; bkg:topic ?t ; bkg:evidence/oa:exact ?q
                  FILTER(CONTAINS(?q, "बहुध्रुवीय")) } ?t skos:notation ?n } GROUP BY ?s""");
        assertEquals(1, rows.size());
        Set<String> topics = Set.of(rows.get(0).get("topics").split(" "));
        assertTrue(topics.containsAll(Set.of("strategic-coordination", "just-international-order", "multilateralism", "multipolarity")), topics.toString());
        assertFalse(SeedStore.ask(store, """
                ASK { GRAPH ?g { ?c a bkg:Commitment ; bkg:expressedIn ?s . ?s bkg:evidence/oa:exact ?q FILTER(CONTAINS(?q, "बहुध्रुवीय")) } }"""),
                "a retrospective claim commits nobody");
    }

    @Test
    void commitmentsOfBothCountries() {
        Set<String> got = SeedStore.select(store, """
                SELECT ?cc ?topic ?stance ?pc WHERE { GRAPH ?g { ?c a bkg:Commitment ; bkg:committingCountry ?country ;
                  bkg:topic ?t ; bkg:stance ?stance ; bkg:partnerCountry ?partner }
                  ?country bkg:isoCode ?cc . ?partner bkg:isoCode ?pc . ?t skos:notation ?topic }""")
                .stream().map(r -> r.get("cc") + " " + r.get("topic") + " " + r.get("stance") + " " + r.get("pc"))
                .collect(Collectors.toSet());
        for (String expected : List.of("CN asean-centrality support RU", "RU asean-centrality support CN",
                "RU non-interference support CN", "CN good-neighbourliness support RU", "CN mutual-support support RU",
                "CN core-interests support RU")) {
            assertTrue(got.contains(expected), expected + " in " + got);
        }
        assertTrue(got.stream().noneMatch(s -> s.contains(" oppose ")), "nothing in the seed is opposed: " + got);
    }

    @Test
    void photoCreditedToAfpShowsTheMeeting() {
        assertTrue(SeedStore.ask(store, """
                ASK { GRAPH ?g { ?p a bkg:Photo ; bkg:creditedTo idorg:afp ; bkg:depicts ?m . ?m a bkg:Meeting } }"""));
    }

    @Test
    void pageFurnitureIsNotContentButTheStoredTextIsTheInput() throws Exception {
        assertFalse(SeedStore.ask(store, "ASK { GRAPH ?g { ?e oa:exact ?q FILTER(CONTAINS(?q, 'टिप्पणी')) } }"));
        String body = SeedStore.select(store, "SELECT ?b WHERE { GRAPH ?g { ?a schema:articleBody ?b } }").get(0).get("b");
        assertEquals(java.nio.file.Files.readString(SeedStore.SEED_HI), body);
    }

    @Test
    void articleGraphRecordsWhatProducedIt() {
        List<Map<String, String>> rows = SeedStore.select(store, """
                SELECT ?ev ?rv ?lang ?pub WHERE { GRAPH ?g { ?a a bkg:Article ; bkg:extractorVersion ?ev ;
                  bkg:referenceDataVersion ?rv ; schema:inLanguage ?lang ; schema:datePublished ?pub } }""");
        assertEquals(1, rows.size());
        assertEquals(org.bilateralkg.extract.Extractor.VERSION, rows.get(0).get("ev"));
        assertEquals(SeedStore.reference().version(), rows.get(0).get("rv"));
        assertEquals("hi", rows.get(0).get("lang"));
        assertEquals("2024-07-26", rows.get(0).get("pub"));
    }

    @Test
    void everyFactCarriesEvidence() {
        assertFalse(SeedStore.ask(store, """
                ASK { GRAPH ?g { ?f a ?type FILTER(?type IN (bkg:Meeting, bkg:Statement, bkg:Commitment, bkg:Photo, bkg:Participation, bkg:MultilateralEvent))
                  FILTER(CONTAINS(STR(?g), '/id/article/'))
                  FILTER NOT EXISTS { ?f bkg:evidence ?e . ?e oa:exact ?x ; oa:start ?s ; oa:end ?end ; bkg:rule ?r } } }"""));
    }
}
