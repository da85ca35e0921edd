package org.bilateralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.bilateralkg.it.SeedStore;
import org.bilateralkg.query.CannedQueries;
import org.bilateralkg.query.QueryRunner;
import org.bilateralkg.query.ResultFormat;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;
import org.bilateralkg.server.KgServer;
import org.bilateralkg.server.ServerConfig;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands with --endpoint against a server in this JVM (served with --update-users): ingest,
 * query, backup, restore, remove and compact, each checked against the store the server holds, and
 * every failure one line with its exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteCommandsTest {
    static Path dir;
    static KgStore store;
    static KgServer server;
    static String url;
    static Path passwordFile;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void serve() throws Exception {
        dir = Files.createTempDirectory("bkg-remote-test");
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "editor: s3cret-pass\n");
        passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, "s3cret-pass\n");
        store = SeedStore.open(dir.resolve("served"));
        SeedStore.ingest(store, List.of(SeedStore.SEED_HI), LocalDate.of(2024, 7, 26), "auto", false);
        server = KgServer.start(store, ServerConfig.defaults().withUpdateUsers(users).withPort(0));
        url = server.url() + "/";
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (store != null) {
                store.close();
            }
            delete(dir);
        }
    }

    private int run(String... args) {
        return console.run(args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }

    private String[] as(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint", url, "--user", "editor", "--password-file", passwordFile.toString()));
        return all.toArray(String[]::new);
    }

    private static int reports() {
        return SeedStore.select(store, "SELECT ?r WHERE { GRAPH ?g { ?m bkg:report ?r } }").size();
    }

    /** The page index the server holds counts exactly the entries its graphs list (written by the client in one request). */
    private static void assertIndexCountsTheEntries() {
        Map<String, Long> listed = new java.util.TreeMap<>();
        Map<String, Long> counted = new java.util.TreeMap<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            dsg.find(Node.ANY, Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(q -> listed.merge(q.getObject().getURI(), 1L, Long::sum));
            dsg.find(SectionIndex.graphName(store.iris()), Node.ANY, Vocab.contents, Node.ANY).forEachRemaining(q ->
                    SectionIndex.readContents(q.getSubject(), q.getObject().getLiteralLexicalForm())
                            .forEach(b -> counted.put(b.bucket().getURI(), b.entries())));
        });
        assertFalse(listed.isEmpty(), "facts are listed in the page index");
        assertEquals(listed, counted);
    }

    private static String hindiArticle() {
        return SeedStore.select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a bkg:Article ; schema:inLanguage 'hi' } }").get(0).get("g");
    }

    @Test
    @Order(1)
    void ingestThroughTheServerStoresWhatALocalIngestStores(@TempDir Path local) throws Exception {
        assertEquals(0, run(as("ingest", "--published", "2024-07-26", SeedStore.SEED_EN.toString(), SeedStore.SEED_HI.toString())), err());
        assertTrue(out().contains("ingested 1 (new 1, replaced 0), skipped 1 (unchanged), failed 0"), out());
        assertTrue(out().contains("1 meetings in the store after merging reports"), out());
        assertEquals(2, reports(), "the merged meeting, derived on the server's data, cites both reports");
        long expected;
        try (KgStore s = SeedStore.open(local.resolve("db"))) {
            SeedStore.ingest(s, List.of(SeedStore.SEED_HI), LocalDate.of(2024, 7, 26), "auto", false);
            SeedStore.ingest(s, List.of(SeedStore.SEED_EN), LocalDate.of(2024, 7, 26), "auto", false);
            expected = s.quadCount();
        }
        assertEquals(expected, store.quadCount(), "the same quads as the same articles ingested locally");
        assertIndexCountsTheEntries();

        assertEquals(0, run(as("ingest", "--published", "2024-07-26", SeedStore.SEED_EN.toString())), err());
        assertTrue(out().contains("ingested 0 (new 0, replaced 0), skipped 1 (unchanged)"), out());
        assertEquals(0, run(as("ingest", "--force", "--published", "2024-07-26", SeedStore.SEED_EN.toString())), err());
        assertTrue(out().contains("ingested 1 (new 0, replaced 1)"), out());
        assertEquals(expected, store.quadCount(), "a replaced article leaves no trace of its old graph");
    }

    @Test
    @Order(2)
    void queryThroughTheServerAnswersAsTheStoreDoes() throws Exception {
        CannedQueries canned = new CannedQueries(SeedStore.HOME.resolve("queries"));
        for (var c : List.of(new Object[]{"meetings", Map.<String, String>of()},
                new Object[]{"pair-timeline", Map.of("a", "RU", "b", "CN")})) {
            String name = (String) c[0];
            @SuppressWarnings("unchecked")
            Map<String, String> params = (Map<String, String>) c[1];
            ByteArrayOutputStream local = new ByteArrayOutputStream();
            QueryRunner.run(store.dataset(), QueryRunner.parse(canned.load(name).orElseThrow()), params, ResultFormat.CSV, local);
            List<String> args = new java.util.ArrayList<>(List.of("query", name, "--endpoint", url, "--format", "csv"));
            params.forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
            assertEquals(0, run(args.toArray(String[]::new)), err());
            assertTrue(local.size() > 100, name);
            assertEquals(local.toString(StandardCharsets.UTF_8), out(), name + ": the same rows, the same bytes");
        }
    }

    @Test
    @Order(3)
    void backupRestoreRemoveAndCompactRoundTrip() throws Exception {
        long quads = store.quadCount();
        Path backup = dir.resolve("kg.nq.gz");
        assertEquals(0, run("backup", "--endpoint", url, "--out", backup.toString()), err());
        assertTrue(out().contains("backed up " + quads + " quads"), out());
        assertEquals(0, run("restore", "--db", dir.resolve("restored").toString(), "--from", backup.toString()), err());
        try (KgStore restored = SeedStore.open(dir.resolve("restored"))) {
            assertEquals(quads, restored.quadCount(), "a backup through the server, restored locally, has the same quads");
        }

        String hindi = hindiArticle();
        assertEquals(0, run(as("remove", "--article", hindi.substring(hindi.lastIndexOf('/') + 1))), err());
        assertTrue(out().contains("removed 1 article graph"), out());
        assertFalse(SeedStore.ask(store, "ASK { GRAPH <" + hindi + "> { ?s ?p ?o } }"), "the article's graph is gone");
        assertEquals(1, reports(), "the merged meeting now cites only the English report");
        assertIndexCountsTheEntries();
        assertEquals(1, run(as("remove", "--source", "nobody")), "nothing to remove: exit 1");

        assertEquals(0, run(as("restore", "--from", backup.toString())), err());
        assertEquals(quads, store.quadCount(), "restore through the server brings back every quad");
        assertTrue(out().contains("it now holds " + quads + " quads"), out());
        assertEquals(2, reports());

        Path truncated = dir.resolve("truncated.nq.gz");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(1, run(as("restore", "--from", truncated.toString())));
        assertTrue(err().contains("is not a whole N-Quads backup") && err().contains("keeps what it had"), err());
        assertEquals(quads, store.quadCount(), "a broken backup changes nothing: the server's DROP ALL failed with the request");

        assertEquals(0, run(as("compact")), err());
        assertEquals(quads, store.quadCount(), "compaction keeps every quad");
        assertEquals(0, run("query", "meetings", "--endpoint", url), "the server answers after compaction");
        assertTrue(out().contains("Sergey Lavrov"), out());
    }

    @Test
    @Order(4)
    void failuresAreOneLineWithTheRightExitCode() throws Exception {
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "not-the-password\n");
        String[][] cases = {
                {"3", "did not accept the credentials of user 'editor' (401)", "remove", "--endpoint", url, "--user", "editor",
                        "--password-file", wrong.toString(), "--source", "x"},
                {"2", "--user NAME", "compact", "--endpoint", url},
                {"2", "Unknown option", "compact", "--endpoint", url, "--user", "editor", "--password", "s3cret-pass"},
                {"2", "give --db DIR, or --endpoint URL", "query", "meetings", "--db", dir.toString(), "--endpoint", url},
                {"2", "--endpoint takes the server's http(s) URL", "backup", "--endpoint", "ftp://example.org/", "--out", "x.nq.gz"},
                {"2", "go with --endpoint", "compact", "--db", dir.resolve("served").toString(), "--user", "editor"},
                {"3", "cannot reach the server", "query", "meetings", "--endpoint", "http://127.0.0.1:" + freePort() + "/"},
                {"3", "cannot reach the server", "ingest", "--endpoint", "http://127.0.0.1:" + freePort() + "/", "--user", "editor",
                        "--password-file", passwordFile.toString(), SeedStore.SEED_EN.toString()},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 2, c.length);
            assertEquals(Integer.parseInt(c[0]), run(args), String.join(" ", args) + "\n" + err());
            assertTrue(err().contains(c[1]), err());
            assertFalse(err().contains("\tat ") || err().contains("Exception"), "no stack trace: " + err());
        }
    }

    @Test
    @Order(5)
    void aBatchTheServerRefusesIsNamedNotDropped() throws Exception {
        Path users = dir.resolve("users.properties");
        try (KgStore small = SeedStore.open(dir.resolve("small"))) {
            // Reference data and one article already there: only the new article's batch goes over the cap.
            SeedStore.ingest(small, List.of(SeedStore.SEED_HI), LocalDate.of(2024, 7, 26), "auto", false);
        }
        try (KgStore small = SeedStore.open(dir.resolve("small"));
             KgServer tight = KgServer.start(small, ServerConfig.defaults().withUpdateUsers(users).withPort(0).withMaxUpdateBytes(40_000))) {
            int code = run("ingest", "--endpoint", tight.url(), "--user", "editor", "--password-file", passwordFile.toString(),
                    "--published", "2024-07-26", SeedStore.SEED_EN.toString());
            assertEquals(1, code, err());
            assertTrue(err().contains("as too large (413"), err());
            assertTrue(err().lines().anyMatch(l -> l.startsWith("not stored: https://bilateral-kg.org/id/article/")), err());
            assertTrue(err().contains("Run the same command again"), err());
            assertFalse(err().contains("\tat "), err());
            assertFalse(SeedStore.ask(small, "ASK { GRAPH ?g { ?a a bkg:Article ; schema:inLanguage 'en' } }"), "nothing half-stored");
        }
        try (KgStore readOnly = SeedStore.open(dir.resolve("read-only"));
             KgServer plain = KgServer.start(readOnly, ServerConfig.defaults().withPort(0))) {
            assertEquals(3, run("ingest", "--endpoint", plain.url(), "--user", "editor", "--password-file", passwordFile.toString(),
                    SeedStore.SEED_EN.toString()));
            assertTrue(err().contains("--update-users"), err());
        }
    }

    @Test
    @Order(6)
    void thePasswordCanComeFromTheEnvironment() throws Exception {
        for (String password : List.of("s3cret-pass", "wrong")) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dbkg.home=" + SeedStore.HOME, "org.bilateralkg.cli.Main",
                    "remove", "--endpoint", url, "--user", "editor", "--source", "nobody");
            pb.environment().put("BKG_PASSWORD", password);
            Process p = pb.start();
            String perr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String pout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (password.equals("wrong")) {
                assertEquals(3, code, perr);
                assertTrue(perr.contains("(401)"), perr);
            } else {
                assertEquals(1, code, "authenticated, and nothing of 'nobody' to remove: " + perr);
                assertTrue(pout.contains("removed 0"), pout);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path d) throws IOException {
        if (d == null || !Files.exists(d)) {
            return;
        }
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
