package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canned queries give one row per fact, on the gold set, where some commitments have no
 * partner and no speaker, some statements speak for no country and some meetings name nobody: a
 * lookup of a variable such an OPTIONAL left unbound matches every country in the store, and
 * the fact came back once per country with a made-up partner.
 */
class CannedQueryRowsTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void ingestGoldSet() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        List<Path> articles;
        try (Stream<Path> s = Files.list(SeedStore.HOME.resolve("data/gold/articles"))) {
            articles = s.sorted().toList();
        }
        SeedStore.ingest(store, articles, null, "auto", false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String query(String name) throws Exception {
        return Files.readString(SeedStore.HOME.resolve("queries/" + name + ".rq"));
    }

    private static long count(String where) {
        return Long.parseLong(SeedStore.select(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }")
                .get(0).get("n"));
    }

    @Test
    void commitmentsOneRowEach() throws Exception {
        List<Map<String, String>> rows = SeedStore.select(store, query("commitments"));
        long withoutPartner = count("GRAPH ?g { ?x a bkg:Commitment FILTER NOT EXISTS { ?x bkg:partnerCountry ?p } }");
        assertTrue(withoutPartner > 0, "the gold set must have commitments without a partner");
        assertEquals(rows.stream().map(r -> r.get("commitment")).distinct().count(), rows.size());
        assertEquals(count("GRAPH ?g { ?x a bkg:Commitment ; bkg:evidence/bkg:rule ?r FILTER(STRSTARTS(?r, \"commitment:\")) }"),
                rows.size());
    }

    @Test
    void topicCommitmentsOneRowPerCommitment() throws Exception {
        String text = query("topic-commitments");
        for (Map<String, String> t : SeedStore.select(store,
                "SELECT ?notation (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a bkg:Commitment ; bkg:topic ?t } ?t skos:notation ?notation } GROUP BY ?notation")) {
            List<Map<String, String>> rows = SeedStore.select(store,
                    text.replace("COALESCE(?topic,", "COALESCE(\"" + t.get("notation") + "\","));
            assertEquals(Long.parseLong(t.get("n")), rows.size(), t.get("notation"));
        }
    }

    @Test
    void statementsOneRowEach() throws Exception {
        List<Map<String, String>> rows = SeedStore.select(store, query("statements"));
        assertTrue(count("GRAPH ?g { ?x a bkg:Statement FILTER NOT EXISTS { ?x bkg:onBehalfOf ?c } }") > 0,
                "the gold set must have statements for no country");
        assertEquals(rows.stream().map(r -> r.get("statement")).distinct().count(), rows.size());
    }

    @Test
    void meetingRowsAreParticipations() throws Exception {
        List<Map<String, String>> rows = SeedStore.select(store, query("meetings"));
        assertTrue(count("GRAPH ?g { ?x a bkg:Meeting FILTER NOT EXISTS { ?x bkg:participation ?p } }") > 0,
                "the gold set must have meetings that name nobody");
        long participations = count("GRAPH ?g { ?r a bkg:Meeting ; bkg:participation ?p . ?p bkg:agent ?a BIND(CONCAT(STR(?r), STR(?p)) AS ?x) }");
        long bare = count("GRAPH ?g { ?x a bkg:Meeting FILTER NOT EXISTS { ?x bkg:participation ?p } }");
        assertTrue(rows.size() <= participations + bare, rows.size() + " rows for " + participations + " participations");
        assertTrue(rows.stream().noneMatch(r -> r.get("participant") == null && r.get("participantCountry") != null),
                "a country without a participant");
    }
}
