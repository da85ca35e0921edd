package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query that runs longer than the timeout is cancelled, and the server goes on answering. */
class QueryTimeoutTest {
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(ServerConfig.defaults().withQueryTimeout(Duration.ofSeconds(2)), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aCrossProductOverAllQuadsIsCancelled() throws Exception {
        // ~22,000 quads squared: hours of work without the timeout.
        String pathological = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?s1 ?p1 ?o1 } GRAPH ?g2 { ?s2 ?p2 ?o2 } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.get("/kg/query?query=" + q(pathological), "Accept", "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3000, "cancelled after " + ms + " ms (timeout 2 s)");
        assertTrue(r.statusCode() >= 500 || !r.body().contains("\"n\""), "no answer: " + r.statusCode() + " " + r.body());

        // Streaming results are cut off too.
        String streaming = "SELECT * WHERE { GRAPH ?g1 { ?s1 ?p1 ?o1 } GRAPH ?g2 { ?s2 ?p2 ?o2 } }";
        t0 = System.nanoTime();
        try {
            s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url + "/kg/query?query=" + q(streaming)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // a connection cut mid-stream is how a timed-out streaming answer ends
        }
        ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3500, "streaming query stopped after " + ms + " ms");

        // The next query answers, promptly.
        t0 = System.nanoTime();
        HttpResponse<String> next = s.get("/kg/query?query=" + q("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }"), "Accept", "text/csv");
        assertEquals(200, next.statusCode());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "the next query waited");
    }

    @Test
    void aClientMayAskForLessTimeButNotMore() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?s1 ?p1 ?o1 } GRAPH ?g2 { ?s2 ?p2 ?o2 } }";
        long t0 = System.nanoTime();
        s.get("/kg/query?timeout=1&query=" + q(slow));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 1800, "?timeout=1 honoured: " + ms + " ms");
        t0 = System.nanoTime();
        s.get("/kg/query?timeout=600&query=" + q(slow));
        ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3000, "?timeout=600 capped at the server's 2 s: " + ms + " ms");
    }
}
