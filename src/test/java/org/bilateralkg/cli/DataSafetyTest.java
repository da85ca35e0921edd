package org.bilateralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, compact and remove, each checked by a round trip on the quads. */
class DataSafetyTest {
    @Test
    void backupRestoreCompactAndRemove(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        long quads;
        try (KgStore store = SeedStore.open(db)) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI, SeedStore.SEED_EN), LocalDate.parse("2024-07-26"), "auto", false);
            quads = store.quadCount();
        }
        Path backup = dir.resolve("kg.nq.gz");
        assertEquals(0, Main.run("backup", "--db", db.toString(), "--out", backup.toString()));
        assertTrue(Files.size(backup) > 1000);
        assertEquals(0, Main.run("restore", "--db", dir.resolve("restored").toString(), "--from", backup.toString()));
        try (KgStore restored = SeedStore.open(dir.resolve("restored"))) {
            assertEquals(quads, restored.quadCount(), "a restored store holds the same quads");
        }
        assertEquals(2, Main.run("restore", "--db", db.toString(), "--from", backup.toString()), "never restore over a store");

        assertEquals(0, Main.run("compact", "--db", db.toString()));
        try (KgStore store = SeedStore.open(db)) {
            assertEquals(quads, store.quadCount(), "compaction keeps every quad");
            String hindi = SeedStore.select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article ; schema:inLanguage 'hi' } }").get(0).get("g");
            String id = hindi.substring(hindi.lastIndexOf('/') + 1);
            store.close();
            assertEquals(0, Main.run("remove", "--db", db.toString(), "--article", id));
        }
        try (KgStore store = SeedStore.open(db)) {
            assertEquals(1, SeedStore.select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article } }").size());
            assertEquals(1, SeedStore.select(store, "SELECT ?r WHERE { ?m bkg:report ?r }").size(),
                    "the merged meeting now has only the English report");
        }
        assertEquals(1, Main.run("remove", "--db", db.toString(), "--source", "nobody"), "nothing removed: exit 1");
    }
}
