package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoint as clients meet it, and what keeps it safe: no writes, no admin, limits, escaping. */
class EndpointTest {
    static final String MEETING_QUERY = """
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?m ?date WHERE { ?m bkg:report ?r ; schema:startDate ?date }""";
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void queriesByGetAndPostInEveryResultFormat() throws Exception {
        String[][] formats = {{"application/sparql-results+json", "\"2024-07-25\""}, {"application/sparql-results+xml", ">2024-07-25<"},
                {"text/csv", ",2024-07-25"}, {"text/tab-separated-values", "\"2024-07-25\"^^"}};
        for (String endpoint : List.of("/kg/query", "/kg/sparql", "/kg")) {
            for (String[] f : formats) {
                HttpResponse<String> get = s.get(endpoint + "?query=" + q(MEETING_QUERY), "Accept", f[0]);
                assertEquals(200, get.statusCode(), endpoint + " " + f[0]);
                assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), get.headers().toString());
                assertTrue(get.body().contains(f[1]) && get.body().contains("2024-07-25-cn-ru-la"), f[0] + ": " + get.body());
                HttpResponse<String> post = s.send("POST", endpoint, "application/sparql-query", MEETING_QUERY, "Accept", f[0]);
                assertEquals(200, post.statusCode());
                assertTrue(post.body().contains("2024-07-25-cn-ru-la"));
                HttpResponse<String> form = s.send("POST", endpoint, "application/x-www-form-urlencoded", "query=" + q(MEETING_QUERY),
                        "Accept", f[0]);
                assertEquals(200, form.statusCode());
                assertTrue(form.body().contains("2024-07-25-cn-ru-la"));
            }
        }
        // The JSON is real SPARQL results JSON.
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(s.get("/kg/sparql?query=" + q(MEETING_QUERY), "Accept",
                "application/sparql-results+json").body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(1, ResultSetFactory.copyResults(rs).size());
    }

    @Test
    void theDefaultGraphIsTheUnionAndNamedGraphsStayAddressable() throws Exception {
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String csv = s.get("/kg/query?query=" + q(graphs), "Accept", "text/csv").body();
        assertTrue(Integer.parseInt(csv.lines().skip(1).findFirst().orElseThrow().strip()) >= 9, csv);
        HttpResponse<String> gsp = s.get("/kg/get?graph=" + q("https://bilateral-kg.org/graph/derived/meetings"), "Accept", "text/turtle");
        assertEquals(200, gsp.statusCode());
        assertTrue(gsp.body().contains("2024-07-25-cn-ru-la"));
        assertEquals(200, s.get("/kg/data?graph=" + q("https://bilateral-kg.org/graph/derived/meetings")).statusCode());
        assertEquals(404, s.get("/kg/get?graph=" + q("https://example.org/no-such-graph")).statusCode());
    }

    @Test
    void anIndependentClientReadsTheMeeting() throws Exception {
        SPARQLRepository repo = new SPARQLRepository(s.url + "/kg/sparql");
        try (RepositoryConnection conn = repo.getConnection();
             TupleQueryResult r = conn.prepareTupleQuery(MEETING_QUERY).evaluate()) {
            List<String> meetings = new ArrayList<>();
            while (r.hasNext()) {
                BindingSet b = r.next();
                meetings.add(b.getValue("m").stringValue() + " " + b.getValue("date").stringValue());
            }
            assertEquals(List.of("https://bilateral-kg.org/id/meeting/2024-07-25-cn-ru-la 2024-07-25"), meetings);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void writesDoNotExistWithoutUsers() throws Exception {
        String update = "update=" + q("INSERT DATA { <a:b> <a:c> <a:d> }");
        for (String path : List.of("/kg/update", "/kg", "/kg/query", "/kg/sparql", "/ui/kg/update", "/ui/kg/query")) {
            HttpResponse<String> r = s.send("POST", path, "application/x-www-form-urlencoded", update);
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode());
        }
        assertTrue(s.send("POST", "/kg/update", "application/sparql-update", "INSERT DATA { <a:b> <a:c> <a:d> }").statusCode() >= 400);
        assertTrue(s.send("PUT", "/kg/data?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        assertTrue(s.send("POST", "/kg/data?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        assertTrue(s.send("DELETE", "/kg/data?graph=" + q("https://bilateral-kg.org/graph/derived/meetings"), null, null).statusCode() >= 400);
        assertTrue(s.send("PUT", "/kg/get?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        String ask = s.get("/kg/query?query=" + q("ASK { { <a:b> ?p ?o } UNION { GRAPH ?g { <a:b> ?p ?o } } }"),
                "Accept", "application/sparql-results+json").body();
        assertTrue(ask.contains("false"), ask);
        assertTrue(s.get("/kg/get?graph=" + q("https://bilateral-kg.org/graph/derived/meetings")).body().contains("2024-07-25-cn-ru-la"));
    }

    @Test
    void administrationIsRefused() throws Exception {
        String[][] refused = {{"POST", "/$/datasets"}, {"DELETE", "/$/datasets/kg"}, {"POST", "/$/backup/kg"},
                {"GET", "/$/backups-list"}, {"POST", "/$/compact/kg"}, {"POST", "/$/reload"}, {"POST", "/$/sleep"},
                {"GET", "/$/tasks"}, {"POST", "/$/datasets/kg?state=offline"}, {"GET", "/$/logs"}, {"GET", "/$/metrics"},
                {"POST", "/ui/$/datasets"}, {"DELETE", "/ui/$/datasets/kg"}, {"POST", "/ui/$/backup/kg"}, {"POST", "/ui/$/compact/kg"},
                {"POST", "/ui/kg/upload"}, {"PUT", "/ui/kg/data?default"}};
        for (String[] r : refused) {
            HttpResponse<String> resp = s.send(r[0], r[1], "application/x-www-form-urlencoded", "dbName=evil&dbType=mem");
            assertTrue(resp.statusCode() == 403 || resp.statusCode() == 404 || resp.statusCode() == 405,
                    r[0] + " " + r[1] + " answered " + resp.statusCode());
        }
        // Still there, still answering.
        assertEquals(200, s.get("/kg/query?query=" + q(MEETING_QUERY)).statusCode());
        String datasets = s.get("/$/datasets").body();
        assertTrue(datasets.contains("\"/kg\"") && !datasets.contains("evil"), datasets);
        // What the query UI needs answers, read-only.
        for (String path : List.of("/$/ping", "/$/server", "/$/stats/kg", "/ui/", "/ui/$/ping", "/ui/$/server", "/ui/$/stats/kg",
                "/ui/$/datasets")) {
            assertEquals(200, s.get(path).statusCode(), path);
        }
        assertTrue(s.get("/ui/").body().contains("<div id=\"app\">"), "the Fuseki UI page");
        assertTrue(s.get("/ui/kg/query?query=" + q(MEETING_QUERY)).body().contains("2024-07-25-cn-ru-la"), "the UI queries /ui/kg/query");
        assertEquals(301, s.get("/ui").statusCode());
    }

    @Test
    void corsLetsBrowserClientsElsewhereRead() throws Exception {
        HttpResponse<String> r = s.get("/kg/sparql?query=" + q(MEETING_QUERY), "Origin", "https://yasgui.example.org");
        assertEquals(200, r.statusCode());
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("https://yasgui.example.org"), allowed);
        HttpResponse<String> pre = s.send("OPTIONS", "/kg/sparql", null, null, "Origin", "https://yasgui.example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertTrue(pre.statusCode() < 300, "preflight " + pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));
        assertTrue(s.get("/data/person/sergey-lavrov.ttl", "Origin", "https://x.example").headers()
                .firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void largeRequestsAreRefused() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> r = s.send("POST", "/kg/sparql", "application/sparql-query", big);
        assertEquals(413, r.statusCode());
        assertEquals(200, s.get("/kg/query?query=" + q(MEETING_QUERY)).statusCode());
    }

    @Test
    void everyValueIsEscaped() throws Exception {
        String article = s.xssArticle();
        String path = "/page/" + article.substring("https://bilateral-kg.org/id/".length());
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown");
        assertFalse(body.contains("<script>alert(1)"), "and runs nothing");
        assertFalse(body.contains("<img src=x"), "no markup from the data");
        assertFalse(body.toLowerCase().contains("<script"), "no script element at all");
        // The title is in the header, the page title, and in links elsewhere.
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Lavrov title"));
        assertFalse(s.get("/").body().contains("<script>alert"));
        String search = s.get("/search?q=" + q("<script>alert(1)</script>")).body();
        assertFalse(search.contains("<script>alert(1)"));
        assertTrue(search.contains("&lt;script&gt;"));
        String data = s.get("/page/" + article.substring("https://bilateral-kg.org/id/".length()) + "?lang=%22%3E%3Cscript%3E").body();
        assertFalse(data.contains("\"><script>"));
    }

    /** Sends a raw request line (no client-side path normalisation) and returns the status line and body. */
    private String raw(String target) throws Exception {
        try (Socket sock = new Socket("127.0.0.1", s.server.port())) {
            sock.setSoTimeout(10000);
            OutputStream out = sock.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = sock.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void noPathTraversalAndNoDirectoryListing() throws Exception {
        for (String target : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2f..%2f..%2fetc%2fpasswd", "/ui/static/../../../../etc/passwd", "/ui/..%2f..%2f..%2fetc/passwd",
                "/ui/%2e%2e/%2e%2e/etc/passwd", "/page/../../../etc/passwd", "/data/../../etc/passwd.ttl",
                "/queries/../pom.xml", "/queries/..%2fpom.xml", "/static/%252e%252e/etc/passwd", "/static/style.css/../../../pom.xml",
                "/ui/static/..\\..\\etc\\passwd", "/static//etc/passwd", "/static/", "/ui/static/", "/static", "/queries/",
                "/id/../../etc/passwd", "/resource?iri=file:///etc/passwd", "/data?iri=file:///etc/passwd&format=ttl")) {
            String resp = raw(target);
            String status = resp.lines().findFirst().orElse("");
            assertFalse(resp.contains("root:x:0:0") || resp.contains("<artifactId>"), target + " leaked: " + status);
            assertFalse(status.contains(" 200 ") && !target.startsWith("/static/style.css"), target + " answered " + status);
            assertFalse(resp.contains("Directory: /") || resp.contains("Index of"), target + " listed a directory");
        }
        assertTrue(raw("/static/style.css").startsWith("HTTP/1.1 200"));
        assertNotEquals(-1, raw("/ui/").indexOf("HTTP/1.1 200"));
    }

    @Test
    void everyLinkTwoLevelsFromHomeAnswers() throws Exception {
        Crawler c = new Crawler(s, 2);
        long t0 = System.nanoTime();
        c.crawl("/");
        System.err.println("crawled " + c.fetched() + " pages in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertTrue(c.fetched() > 100, "crawled " + c.fetched());
        assertTrue(c.failures().isEmpty(), String.join("\n", c.failures()));
    }
}
