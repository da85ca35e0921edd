package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bilateralkg.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.bilateralkg.cli.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ./bkg export as users meet it: files written, one-line errors with exit code 2, empty results. */
class ExportCliTest {
    @TempDir
    static Path dir;
    static String db;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void seed() throws Exception {
        db = SeedExports.seedStoreAt(dir).toString();
    }

    @AfterAll
    static void done() {
        // the store directory goes with @TempDir
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

    private void usageError(String expected, String... args) {
        assertEquals(2, run(args), String.join(" ", args) + "\n" + err());
        assertEquals(1, err().strip().lines().count(), "one line: " + err());
        assertTrue(err().contains(expected), err());
        assertFalse(err().contains("Exception") || err().contains("Usage:"), "no stack trace, no usage dump: " + err());
    }

    @Test
    void writesTheViewAndSaysWhat() throws Exception {
        Path gexf = dir.resolve("out/countries.gexf");
        assertEquals(0, run("export", "--db", db, "--view", "countries", "--format", "gexf", "--out", gexf.toString()));
        assertTrue(out().contains("2 nodes, 1 edge"), out());
        assertTrue(Files.readString(gexf).contains("mode=\"dynamic\""));

        Path csv = dir.resolve("out/net.csv");
        assertEquals(0, run("export", "--db", db, "--view", "countries", "--format", "csv", "--out", csv.toString(),
                "--topic", "asean-centrality", "--country", "ru"));
        assertTrue(Files.exists(dir.resolve("out/net-nodes.csv")), "nodes beside the edges");
        assertTrue(out().contains("net-nodes.csv"), out());

        Path events = dir.resolve("out/events.tsv");
        assertEquals(0, run("export", "--db", db, "--view", "events", "--format", "tsv", "--out", events.toString()));
        List<String> lines = Files.readAllLines(events);
        assertTrue(lines.get(0).startsWith("event\tkind\tdate\tsource\ttarget\tcameo\tcameoRoot\tploverType\tploverMode\tplace\tspeaker"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tmeeting\t2024-07-25\tCN\tRU\t044\t04\tCONSULT\tthird-party\tLA\t")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tcommitment\t") && l.contains("\tRU\tCN\t") && l.contains("asean-centrality")));

        assertEquals(0, run("export", "--db", db, "--view", "full", "--format", "nquads", "--out", "-"));
        assertTrue(out().lines().count() > 1000, "the dump goes to standard output");
        assertTrue(err().contains("quads"), "the report goes to standard error: " + err());
    }

    @Test
    void badRequestsGetOneLineAndExitTwo() {
        String out = dir.resolve("x.gexf").toString();
        usageError("unknown view 'planets'", "export", "--db", db, "--view", "planets", "--format", "gexf", "--out", out);
        usageError("unknown format 'pdf'", "export", "--db", db, "--view", "countries", "--format", "pdf", "--out", out);
        usageError("the events view has no gexf format", "export", "--db", db, "--view", "events", "--format", "gexf", "--out", out);
        usageError("the full view has no csv format", "export", "--db", db, "--view", "full", "--format", "csv", "--out", out);
        usageError("unknown topic 'world-peace'", "export", "--db", db, "--view", "countries", "--format", "gexf", "--out", out,
                "--topic", "world-peace");
        usageError("unknown topic 'foreign-minister'", "export", "--db", db, "--view", "countries", "--format", "gexf", "--out", out,
                "--topic", "foreign-minister");
        usageError("unknown country 'XX'", "export", "--db", db, "--view", "countries", "--format", "gexf", "--out", out,
                "--country", "XX");
        usageError("unknown country 'Russia'", "export", "--db", db, "--view", "countries", "--format", "gexf", "--out", out,
                "--country", "Russia");
        usageError("from 2024-08-01 is after to 2024-07-01", "export", "--db", db, "--view", "countries", "--format", "gexf",
                "--out", out, "--from", "2024-08-01", "--to", "2024-07-01");
        usageError("from '2024-02-30' is not a valid date", "export", "--db", db, "--view", "countries", "--format", "gexf",
                "--out", out, "--from", "2024-02-30");
        usageError("writes two files", "export", "--db", db, "--view", "countries", "--format", "csv", "--out", "-");
        assertFalse(Files.exists(dir.resolve("x.gexf")), "nothing written for a bad request");
    }

    @Test
    void aMissingStoreExitsThree() {
        assertEquals(3, run("export", "--db", dir.resolve("nothing-here").toString(), "--view", "countries", "--format", "gexf",
                "--out", dir.resolve("y.gexf").toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "export never creates a store");
    }

    @Test
    void anEmptyResultWritesAValidEmptyFileAndSaysSo() throws Exception {
        Path gexf = dir.resolve("empty/fr.gexf");
        assertEquals(0, run("export", "--db", db, "--view", "countries", "--format", "gexf", "--out", gexf.toString(),
                "--country", "FR"));
        assertTrue(out().contains("nothing matched"), out());
        byte[] xml = Files.readAllBytes(gexf);
        SeedExports.validate(SeedExports.schema("gexf.xsd"), xml);
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<nodes count=\"0\""));

        Path graphml = dir.resolve("empty/old.graphml");
        assertEquals(0, run("export", "--db", db, "--view", "actors", "--format", "graphml", "--out", graphml.toString(),
                "--to", "2001-01-01"));
        assertTrue(out().contains("nothing matched"), out());
        SeedExports.validate(SeedExports.schema("graphml.xsd"), Files.readAllBytes(graphml));

        Path events = dir.resolve("empty/events.csv");
        assertEquals(0, run("export", "--db", db, "--view", "events", "--format", "csv", "--out", events.toString(),
                "--from", "2030-01-01"));
        assertTrue(out().contains("nothing matched"), out());
        assertEquals(1, Files.readAllLines(events).size(), "the header alone");
    }

    @Test
    void throughAServersExportEndpoint() throws Exception {
        try (StaticExportServer server = new StaticExportServer(SeedExports.exporter())) {
            Path gexf = dir.resolve("remote/countries.gexf");
            assertEquals(0, run("export", "--endpoint", server.base() + "/kg/sparql", "--view", "countries", "--format", "gexf",
                    "--out", gexf.toString(), "--topic", "asean-centrality"), err());
            SeedExports.validate(SeedExports.schema("gexf.xsd"), Files.readAllBytes(gexf));
            assertTrue(Files.readString(gexf).contains("topic asean-centrality"));

            Path csv = dir.resolve("remote/net.csv");
            assertEquals(0, run("export", "--endpoint", server.base(), "--view", "countries", "--format", "csv", "--out", csv.toString()));
            assertTrue(Files.readString(csv).startsWith("Source,Target,Weight,Type,Id,Label,"));
            assertTrue(Files.readString(dir.resolve("remote/net-nodes.csv")).startsWith("Id,Label,"));

            usageError("unknown topic 'world-peace'", "export", "--endpoint", server.base(), "--view", "countries",
                    "--format", "gexf", "--out", gexf.toString(), "--topic", "world-peace");
        }
        // Nobody listens there any more.
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertEquals(3, run("export", "--endpoint", "http://127.0.0.1:" + port + "/", "--view", "countries", "--format", "gexf",
                "--out", dir.resolve("z.gexf").toString()));
        assertTrue(err().contains("cannot reach the server"), err());
        usageError("give --db DIR, or --endpoint URL", "export", "--view", "countries", "--format", "gexf", "--out", "x");
    }

    @Test
    void helpSaysWhichFormatsNeedMemory() {
        assertEquals(0, run("export", "--help"));
        String help = out();
        assertTrue(help.contains("nquads and trig stream the full dump"), help);
        assertTrue(help.contains("jsonld and rdfxml build the dump in memory"), help);
        for (String f : List.of("graphml", "gexf", "dot", "cytoscape", "csv", "tsv", "trig", "nquads", "jsonld", "ttl", "rdfxml")) {
            assertTrue(help.contains(f), f);
        }
        assertEquals(0, run("--help"));
        assertTrue(out().contains("export"), out());
    }
}
