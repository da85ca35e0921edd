package org.bilateralkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users meet it: output, one-line errors, exit codes. */
class CliTest {
    static final Path HOME = Path.of(System.getProperty("bkg.home", ".")).toAbsolutePath();
    static final String SEED = HOME.resolve("src/test/resources/seed/seed-hi.txt").toString();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        return console.run(args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String c : List.of("up", "ingest", "query", "validate")) {
            assertTrue(out().contains(c), c);
        }
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertEquals(2, run("ingest", "--no-such-option"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("ingest", "--db", dir.resolve("db").toString(), "--published", "2024-02-31", SEED));
        assertTrue(err().contains("not a valid date"), err());
    }

    @Test
    void queryOnAMissingStoreExitsThreeWithOneLine(@TempDir Path dir) {
        assertEquals(3, run("query", "meetings", "--db", dir.resolve("nothing-here").toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().contains("no store at"), err());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "only ingest creates a store");
    }

    @Test
    void seedEndToEndThroughTheCommandLine(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("ingest", "--db", db, "--published", "2024-07-26", SEED));
        assertTrue(out().contains("ingested 1"), out());

        assertEquals(0, run("query", "meetings", "--db", db, "--format", "csv"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("meeting,date,location,participant,participantLabel,participantCountry,duration,status,article"), lines.get(0));
        assertEquals(3, lines.size(), "header and one row per participant of the one meeting: " + lines);
        for (String row : lines.subList(1, 3)) {
            assertTrue(row.contains(",2024-07-25,LA,") && row.contains(",PT40M,held,"), row);
        }
        assertTrue(lines.get(1).contains(",CN,") ^ lines.get(2).contains(",CN,"));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",RU,")));
        assertEquals(1, lines.stream().skip(1).map(l -> l.split(",")[0]).distinct().count(), "one canonical meeting");

        assertEquals(0, run("query", "commitments", "--db", db, "--format", "tsv"));
        String tsv = out();
        assertTrue(tsv.startsWith("?commitment\t?country\t?speaker\t?speakerLabel\t?topic\t?stance\t?partner\t?date\t?article\t?quote"), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.contains("\t\"CN\"\t") && l.contains("\t\"asean-centrality\"\t")), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.contains("\t\"RU\"\t") && l.contains("\t\"asean-centrality\"\t")), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.contains("\t\"RU\"\t") && l.contains("\t\"non-interference\"\t")), tsv);

        assertEquals(0, run("query", "statements", "--db", db, "--format", "json"));
        assertTrue(out().contains("\"reportedBy\"") && out().contains("शिन्हुआ") || out().contains("xinhua"), out());

        assertEquals(0, run("validate", "--db", db));
        assertTrue(out().contains("1 conform, 0 do not"), out());

        assertEquals(0, run("ingest", "--db", db, "--published", "2024-07-26", SEED));
        assertTrue(out().contains("skipped 1 (unchanged)"), out());
    }

    @Test
    void parametersAreBoundAsTermsNotPastedIntoTheQuery(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("ingest", "--db", db, "--published", "2024-07-26", SEED));
        assertEquals(0, run("query", "topic-commitments", "--db", db, "--format", "csv", "--param", "topic=non-interference"));
        assertEquals(2, out().lines().count(), out());
        assertTrue(out().lines().skip(1).allMatch(l -> l.startsWith("RU,support,CN,")), out());
        assertEquals(0, run("query", "topic-commitments", "--db", db, "--format", "csv",
                "--param", "topic=x\") } } DELETE WHERE { ?s ?p ?o } #"));
        assertEquals(1, out().lines().count(), "a hostile value is just a string that matches nothing: " + out());
        assertEquals(2, run("query", "no-such-query", "--db", db));
    }

    @Test
    void limitAndOffsetPageThroughAnAnswer(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("ingest", "--db", db, "--published", "2024-07-26", SEED));
        assertEquals(0, run("query", "statements", "--db", db, "--format", "csv"));
        List<String> all = out().lines().skip(1).toList();
        assertTrue(all.size() >= 3, out());
        assertEquals(0, run("query", "statements", "--db", db, "--format", "csv", "--limit", "2"));
        assertEquals(all.subList(0, 2), out().lines().skip(1).toList());
        assertEquals(0, run("query", "statements", "--db", db, "--format", "csv", "--limit", "2", "--offset", "2"));
        assertEquals(all.subList(2, Math.min(4, all.size())), out().lines().skip(1).toList());
        assertEquals(2, run("query", "statements", "--db", db, "--limit", "-1"));
    }

    @Test
    void badInputsGetOneLineEachAndTheRestIsIngested(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("latin1.txt"), new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        Files.write(in.resolve("binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"" + Files.readString(Path.of(SEED))
                .replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\", \"published\": \"2024-07-26\"}\n"
                + "{not json\n{\"title\": \"no text\"}\n{\"text\": 42}\n");
        String db = dir.resolve("db").toString();
        assertEquals(1, run("ingest", "--db", db, in.toString()));
        String e = err();
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        assertTrue(e.contains("empty.txt: empty file"), e);
        assertTrue(e.contains("latin1.txt: not valid UTF-8"), e);
        assertTrue(e.contains("binary.txt: binary file"), e);
        assertTrue(e.contains("notes.pdf: unsupported file type .pdf"), e);
        assertTrue(e.contains("feed.jsonl:2: not JSON"), e);
        assertTrue(e.contains("feed.jsonl:3: no \"text\""), e);
        assertTrue(e.contains("feed.jsonl:4: \"text\" must be a string"), e);
        // Besides one line per failure, standard error may carry progress lines ("ingest: ...").
        assertEquals(7, e.strip().lines().filter(l -> !l.startsWith("ingest: ")).count(), e);
        assertTrue(out().contains("ingested 1") && out().contains("failed 7"), out());
        assertEquals(0, run("query", "meetings", "--db", db, "--format", "csv"));
        assertTrue(out().contains("2024-07-25"), "the good article is stored: " + out());
    }
}
