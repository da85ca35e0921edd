package org.bilateralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2 allows one process per store: a second process gets one line and exit code 3. */
class StoreLockTest {
    @Test
    void aStoreHeldByAnotherProcessIsRefusedCleanly(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (KgStore store = SeedStore.open(db)) {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), null, "auto", false);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dbkg.home=" + SeedStore.HOME,
                    "org.bilateralkg.cli.Main", "query", "meetings", "--db", db.toString())
                    .redirectErrorStream(false).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, p.waitFor());
            assertTrue(err.contains("in use by another process") && err.contains("--endpoint"), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
        }
    }
}
