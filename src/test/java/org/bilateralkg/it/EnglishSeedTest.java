package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English rendering of the seed yields the same meeting and commitments as the Hindi original. */
class EnglishSeedTest {
    static final String MEETING = """
            SELECT ?fact WHERE { GRAPH ?g { ?m a bkg:Meeting ; schema:startDate ?d ; bkg:locationCountry ?l ;
              schema:duration ?dur ; bkg:participant ?p ; bkg:participantCountry ?c }
              ?l bkg:isoCode ?loc . ?c bkg:isoCode ?cc
              BIND(CONCAT(STR(?d), " ", ?loc, " ", STR(?dur), " ", STR(?p), " ", ?cc) AS ?fact) }""";
    static final String COMMITMENTS = """
            SELECT ?fact WHERE { GRAPH ?g { ?c a bkg:Commitment ; bkg:committingCountry ?country ; bkg:stance ?st ;
              bkg:topic ?topic OPTIONAL { ?c bkg:partnerCountry ?partner } }
              ?country bkg:isoCode ?cc . ?topic skos:notation ?t OPTIONAL { ?partner bkg:isoCode ?pc }
              BIND(CONCAT(?cc, " ", ?t, " ", ?st, " ", COALESCE(?pc, "-")) AS ?fact) }""";

    @Test
    void sameFactsInBothLanguages(@TempDir Path dir) throws Exception {
        Set<String> hiMeeting;
        Set<String> hiCommitments;
        Set<String> enMeeting;
        Set<String> enCommitments;
        try (KgStore hi = SeedStore.open(dir.resolve("hi"))) {
            SeedStore.ingest(hi, List.of(SeedStore.SEED_HI), LocalDate.parse("2024-07-26"), "auto", false);
            hiMeeting = facts(hi, MEETING);
            hiCommitments = facts(hi, COMMITMENTS);
        }
        try (KgStore en = SeedStore.open(dir.resolve("en"))) {
            SeedStore.ingest(en, List.of(SeedStore.SEED_EN), LocalDate.parse("2024-07-26"), "auto", false);
            enMeeting = facts(en, MEETING);
            enCommitments = facts(en, COMMITMENTS);
        }
        assertFalse(hiMeeting.isEmpty());
        assertEquals(hiMeeting, enMeeting);
        assertEquals(hiCommitments, enCommitments);
    }

    private static Set<String> facts(KgStore store, String q) {
        Set<String> out = new TreeSet<>();
        SeedStore.select(store, q).forEach(r -> out.add(r.get("fact")));
        return out;
    }
}
