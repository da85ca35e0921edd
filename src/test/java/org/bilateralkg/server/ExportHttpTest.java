package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exports over HTTP and the network page, served by the same server as the linked data. */
class ExportHttpTest {
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    @Test
    void countriesViewAsCytoscapeJsonWithAFileName() throws Exception {
        HttpResponse<String> r = s.get("/export?view=countries&format=cytoscape");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("filename="));
        assertTrue(r.body().contains("/id/country/RU") && r.body().contains("/id/country/CN"), r.body());
        assertTrue(r.body().contains("asean-centrality"), "the RU-CN edge carries the topic");
    }

    @Test
    void badRequestsAreOneLine400s() throws Exception {
        HttpResponse<String> r = s.get("/export?view=nope&format=gexf");
        assertEquals(400, r.statusCode());
        assertEquals(1, r.body().strip().lines().count(), r.body());
    }

    @Test
    void networkPageAndItsLibraryAreServedLocally() throws Exception {
        HttpResponse<String> page = s.get("/network/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("cytoscape"), "the page loads Cytoscape.js");
        assertEquals(200, s.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode());
        int traversal = s.get("/webjars/..%2F..%2Fetc/passwd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no path traversal: " + traversal);
    }
}
