package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bilateralkg.store.KgStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Every evidence quote equals the stored article text between its offsets, counted in code points. */
class EvidenceOffsetsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-hi.txt", "seed-en.txt"})
    void quotesMatchTheStoredTextAtTheirOffsets(String file) throws Exception {
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.HOME.resolve("src/test/resources/seed/" + file)),
                    LocalDate.parse("2024-07-26"), "auto", false);
            List<Map<String, String>> rows = SeedStore.select(store, """
                    SELECT ?exact ?start ?end ?body WHERE { GRAPH ?g { ?e a bkg:Evidence ; oa:exact ?exact ; oa:start ?start ; oa:end ?end ;
                      prov:wasDerivedFrom ?a . ?a schema:articleBody ?body } }""");
            assertTrue(rows.size() > 10, "the seed yields plenty of evidence: " + rows.size());
            for (Map<String, String> r : rows) {
                String body = r.get("body");
                int[] cps = body.codePoints().toArray();
                int s = Integer.parseInt(r.get("start"));
                int e = Integer.parseInt(r.get("end"));
                assertEquals(r.get("exact"), new String(cps, s, e - s), "offsets " + s + ".." + e);
            }
        }
    }
}
