package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a publication date the year is unknown: the meeting date is a day and month, never a guess. */
class UndatedSeedTest {
    @Test
    void dateIsAGMonthDay(@TempDir Path dir) throws Exception {
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), null, "auto", false);
            List<Map<String, String>> rows = SeedStore.select(store, """
                    SELECT ?d (DATATYPE(?d) AS ?dt) WHERE { GRAPH ?g { ?m a bkg:Meeting ; schema:startDate ?d ; prov:wasDerivedFrom ?a } }""");
            assertEquals(1, rows.size());
            assertEquals("--07-25", rows.get(0).get("d"));
            assertEquals("http://www.w3.org/2001/XMLSchema#gMonthDay", rows.get(0).get("dt"));
        }
    }
}
