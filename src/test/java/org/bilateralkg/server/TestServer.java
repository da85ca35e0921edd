package org.bilateralkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;

/**
 * A server for one test class: a temporary TDB2 store filled with the Hindi seed (published
 * 2024-07-26) through the real ingest pipeline, plus any extra articles, served on a free loopback
 * port.
 */
final class TestServer implements AutoCloseable {
    /** An article whose title and text try to run a script. */
    static final String XSS_URL = "https://example.org/news/xss-probe";
    static final String XSS_JSONL = "{\"url\": \"" + XSS_URL + "\", \"title\": \"<script>alert(1)</script> Lavrov title\", "
            + "\"published\": \"2024-07-27\", \"language\": \"en\", \"source\": \"<b>Probe</b>\", \"text\": "
            + "\"VIENTIANE, July 26 - Russian Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi on Thursday. "
            + "<script>alert(1)</script> Lavrov said Moscow will support ASEAN's central role. <img src=x onerror=alert(2)>\"}\n";

    final Path dir;
    final KgStore store;
    final KgServer server;
    final String url;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path dir, KgStore store, KgServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
        this.url = "http://127.0.0.1:" + server.port();
    }

    static TestServer start(ServerConfig config, boolean withXssArticle) throws Exception {
        Path dir = Files.createTempDirectory("bkg-server-test");
        KgStore store = SeedStore.open(dir.resolve("db"));
        try {
            SeedStore.ingest(store, List.of(SeedStore.SEED_HI), LocalDate.of(2024, 7, 26), "hi", false);
            if (withXssArticle) {
                Path jsonl = dir.resolve("xss.jsonl");
                Files.writeString(jsonl, XSS_JSONL, StandardCharsets.UTF_8);
                SeedStore.ingest(store, List.of(jsonl), null, "auto", false);
            }
            KgServer server = KgServer.start(store, config.withPort(0));
            return new TestServer(dir, store, server);
        } catch (Exception | Error e) {
            store.close();
            delete(dir);
            throw e;
        }
    }

    static TestServer start() throws Exception {
        return start(ServerConfig.defaults().withCannedQueries(SeedStore.HOME.resolve("queries")), true);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The IRI of the probe article (its identity is its URL). */
    String xssArticle() {
        return SeedStore.select(store, "SELECT ?a WHERE { GRAPH ?a { ?a schema:url ?u FILTER(STR(?u) = \"" + XSS_URL + "\") } }")
                .get(0).get("a");
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            store.close();
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
