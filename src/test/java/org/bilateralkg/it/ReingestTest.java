package org.bilateralkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article identity and re-ingest (DESIGN.md): unchanged skipped, changed replaced, --force re-extracts. */
class ReingestTest {
    static final LocalDate PUBLISHED = LocalDate.parse("2024-07-26");

    @Test
    void sameArticleTwiceLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), PUBLISHED, "auto", false);
            long quads = store.quadCount();
            IngestSummary again = SeedStore.ingest(store, List.of(SeedStore.SEED_HI), PUBLISHED, "auto", false);
            assertEquals(1, again.unchanged());
            assertEquals(quads, store.quadCount());
            IngestSummary forced = SeedStore.ingest(store, List.of(SeedStore.SEED_HI), PUBLISHED, "auto", true);
            assertEquals(1, forced.replaced());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void changedMetadataReplacesTheGraph(@TempDir Path dir) throws Exception {
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), PUBLISHED, "auto", false);
            IngestSummary s = SeedStore.ingest(store, List.of(SeedStore.SEED_HI), null, "auto", false);
            assertEquals(1, s.replaced());
            assertEquals(1, SeedStore.select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article } }").size());
            assertEquals("--07-25", SeedStore.select(store, "SELECT ?d WHERE { GRAPH ?g { ?m a bkg:Meeting ; schema:startDate ?d ; prov:wasDerivedFrom ?a } }")
                    .get(0).get("d"));
        }
    }

    @Test
    void changedTextIsANewArticleWithoutAUrl(@TempDir Path dir) throws Exception {
        Path edited = dir.resolve("edited.txt");
        Files.writeString(edited, Files.readString(SeedStore.SEED_HI) + "\nएक और वाक्य।\n");
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), PUBLISHED, "auto", false);
            IngestSummary s = SeedStore.ingest(store, List.of(edited), PUBLISHED, "auto", false);
            assertEquals(1, s.added(), "identity is the text hash when there is no URL");
            assertEquals(1, SeedStore.select(store, "SELECT DISTINCT ?m WHERE { ?m bkg:report ?r }").size(),
                    "both reports merge into one canonical meeting");
            assertEquals(2, SeedStore.select(store, "SELECT ?r WHERE { ?m bkg:report ?r }").size());
        }
    }
}
