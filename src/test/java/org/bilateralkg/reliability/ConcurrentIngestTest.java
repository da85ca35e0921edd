package org.bilateralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.bilateralkg.cli.Main;
import org.bilateralkg.it.SeedStore;
import org.bilateralkg.server.KgServer;
import org.bilateralkg.server.ServerConfig;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.synth.SynthGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20 SPARQL clients count the triples of every graph, over and over, while {@code ingest --endpoint}
 * stores a synthetic corpus through the same server. The same corpus ingested into a local store
 * says what each graph must hold: every answer must succeed and every graph a client sees must be
 * complete (no half article, no half reference data, no half derived graph); in the end the server
 * holds exactly the quads of the local store. 600 articles in batches of 300 (--batch), so clients
 * also see the store between commits. Each client asks again 250 ms after each answer.
 */
class ConcurrentIngestTest {
    static final int ARTICLES = 600;
    static final int CLIENTS = 20;
    /** Each client pauses this long between answers: 20 clients asking as fast as they can would starve the 2 cores of CI. */
    static final long PAUSE_MILLIS = 250;
    static final String COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @Test
    void readersNeverSeeHalfAnArticle(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new SynthGenerator(SeedStore.reference()).write(new SynthGenerator.Options(ARTICLES, List.of("hi", "en"), 11, 2),
                corpus, i -> { });
        Path articles = corpus.resolve("articles");

        Map<String, Long> expected = new HashMap<>();
        long expectedQuads;
        try (KgStore local = SeedStore.open(dir.resolve("local"))) {
            SeedStore.ingest(local, List.of(articles), null, "auto", false);
            SeedStore.select(local, COUNT).forEach(r -> expected.put(r.get("g"), Long.parseLong(r.get("n"))));
            expectedQuads = local.quadCount();
        }
        long articleGraphs = expected.keySet().stream().filter(g -> g.contains("/id/article/")).count();
        assertEquals(ARTICLES, articleGraphs);

        Path users = Files.writeString(dir.resolve("users"), "editor: s3cret-pass\n");
        Path password = Files.writeString(dir.resolve("password"), "s3cret-pass\n");
        try (KgStore served = SeedStore.open(dir.resolve("served"));
             KgServer server = KgServer.start(served, ServerConfig.defaults().withUpdateUsers(users).withPort(0))) {
            AtomicBoolean ingesting = new AtomicBoolean(true);
            AtomicLong answers = new AtomicLong();
            AtomicLong between = new AtomicLong(); // answers that saw some of the articles, but not all
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/kg/query"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).build();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    boolean last = false;
                    while (!last && problems.size() < 20) {
                        last = !ingesting.get(); // one more round once the ingest is over: the final state
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            if (r.statusCode() != 200) {
                                problems.add("answered " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
                                continue;
                            }
                            Map<String, Long> seen = parse(r.body());
                            for (Map.Entry<String, Long> e : seen.entrySet()) {
                                if (!e.getValue().equals(expected.get(e.getKey()))) {
                                    problems.add(e.getKey() + " seen with " + e.getValue() + " triples, complete it has " + expected.get(e.getKey()));
                                }
                            }
                            long seenArticles = seen.keySet().stream().filter(g -> g.contains("/id/article/")).count();
                            if (seenArticles > 0 && seenArticles < ARTICLES) {
                                between.incrementAndGet();
                            }
                            if (last && !seen.equals(expected)) {
                                problems.add("after the ingest a client sees " + seen.size() + " graphs, not " + expected.size());
                            }
                            answers.incrementAndGet();
                            Thread.sleep(PAUSE_MILLIS);
                        } catch (Exception e) {
                            problems.add("request failed: " + e);
                        }
                    }
                }, "sparql-client-" + c);
                t.start();
                clients.add(t);
            }
            long t0 = System.nanoTime();
            int exit;
            try {
                exit = Main.run("ingest", "--endpoint", server.url(), "--user", "editor", "--password-file", password.toString(),
                        "--batch", "300", articles.toString());
            } finally {
                ingesting.set(false);
            }
            long ingestMillis = (System.nanoTime() - t0) / 1_000_000;
            for (Thread t : clients) {
                t.join(120_000);
            }
            System.out.printf("concurrent ingest: %d articles through the server in %.1f s while %d clients got %d answers"
                            + " (%d between batches), %d problems%n", ARTICLES, ingestMillis / 1000.0, CLIENTS, answers.get(),
                    between.get(), problems.size());
            assertEquals(0, exit, "ingest --endpoint");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(answers.get() >= CLIENTS * 2, "the clients kept asking during the ingest: " + answers.get());
            assertEquals(expectedQuads, served.quadCount(), "the server holds exactly the quads of a local ingest");
        }
    }

    /** Graph IRI -> triples, from the TSV results ({@code <iri>\tcount}). */
    private static Map<String, Long> parse(String tsv) {
        Map<String, Long> out = new HashMap<>();
        tsv.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
            String[] f = l.split("\t");
            String g = f[0].substring(1, f[0].length() - 1);
            String n = f[1].contains("^^") ? f[1].substring(1, f[1].indexOf('"', 1)) : f[1];
            out.put(g, Long.parseLong(n));
        });
        return out;
    }
}
