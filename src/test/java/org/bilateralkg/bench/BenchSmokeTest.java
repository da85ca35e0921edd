package org.bilateralkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at smoke size (CI never measures performance): every step runs and reports, over
 * HTTP too, and the JSON and Markdown outputs carry every figure. A step that broke would throw or
 * go missing here.
 */
class BenchSmokeTest {
    @Test
    void everyStepRunsAndReports(@TempDir Path dir) throws Exception {
        List<Measurement> rs = new Benchmark(SeedStore.reference(), dir, 60, 3, SeedStore.HOME.resolve("queries"))
                .timedRequests(10).run(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        List<String> steps = rs.stream().map(Measurement::step).toList();
        for (String expected : List.of("extraction, 1 thread", "extraction F1, synthetic gold", "ingest (fresh store)",
                "full export, N-Quads (streamed)", "baseline: TDB2 basic loader", "baseline: TDB2 parallel loader",
                "HTTP country pair page /pair/A/B", "HTTP pair-timeline.rq (a, b)", "HTTP person page /page/person/...",
                "HTTP person-timeline.rq (person)", "HTTP topic page /page/topic/...", "HTTP topic-commitments.rq (topic)",
                "countries export (GEXF)", "incremental ingest (filled store)")) {
            assertTrue(steps.contains(expected), "missing step '" + expected + "' in " + steps);
        }
        Measurement ingest = rs.stream().filter(m -> m.step().startsWith("ingest")).findFirst().orElseThrow();
        assertEquals(60, ingest.items());
        assertTrue(rs.stream().filter(m -> m.step().startsWith("baseline")).allMatch(m -> m.note().startsWith("ingest / this baseline = ")));
        assertTrue(rs.stream().filter(m -> m.step().startsWith("HTTP")).allMatch(m -> m.p95Ms() != null && m.p95Ms() >= m.p50Ms()));
        JsonObject json = JSON.parse(Benchmark.json(rs, 60));
        assertEquals(rs.size(), json.get("steps").getAsArray().size());
        String md = Benchmark.markdown(rs, 60);
        assertEquals(rs.size(), md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| step")).count());
    }
}
