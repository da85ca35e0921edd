package org.bilateralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.synth.SynthGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 an ingest halfway: the store opens, holds part of the corpus and no half article, and the
 * same ingest run again ends with exactly the quads of an uninterrupted run. (2,000 articles rather
 * than the 10,000, to keep CI within its time: the mechanism is the same per transaction.)
 */
class CrashSafetyTest {
    static final int ARTICLES = 2000;

    @Test
    void killedIngestLeavesAConsistentStoreAndResumes(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new SynthGenerator(SeedStore.reference()).write(new SynthGenerator.Options(ARTICLES, List.of("hi", "en"), 7, 2),
                corpus, i -> { });
        Path articles = corpus.resolve("articles");

        ChildProcess.Result full = ChildProcess.run("1g", dir.resolve("full"), 900, "ingest", "--db", dir.resolve("full-db").toString(), articles.toString());
        assertEquals(0, full.exit(), full.err());
        long expected;
        try (KgStore s = SeedStore.open(dir.resolve("full-db"))) {
            expected = s.quadCount();
        }

        Path db = dir.resolve("db");
        Process p = ChildProcess.builder("1g", dir.resolve("killed"), "ingest", "--db", db.toString(), articles.toString()).start();
        // Kill right after the first batch is reported stored (the progress line follows each commit).
        Path err = dir.resolve("killed.err");
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()
                && !(java.nio.file.Files.exists(err) && java.nio.file.Files.readString(err).contains("ingest: "))) {
            Thread.sleep(100);
        }
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        try (KgStore s = SeedStore.open(db)) {
            int stored = SeedStore.select(s, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article } }").size();
            assertTrue(stored > 0 && stored < ARTICLES, "part, not all, was stored: " + stored);
            assertEquals(0, SeedStore.select(s, """
                    SELECT ?g WHERE { GRAPH ?g { ?x ?p ?o } FILTER(CONTAINS(STR(?g), '/id/article/'))
                      FILTER NOT EXISTS { GRAPH ?g { ?a a bkg:Article ; bkg:contentHash ?h } } } LIMIT 1""").size(),
                    "no article graph without its article node: nothing half-written");
        }
        ChildProcess.Result again = ChildProcess.run("1g", dir.resolve("again"), 900, "ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, again.exit(), again.err());
        try (KgStore s = SeedStore.open(db)) {
            assertEquals(expected, s.quadCount(), "the resumed store equals an uninterrupted run");
        }
    }
}
