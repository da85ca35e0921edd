package org.bilateralkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 hostile files beside 100 valid articles, ingested by a separate JVM with a 512 MB heap:
 * every valid article is stored with its facts, every bad file gets one line with its reason, no
 * stack trace, exit code 1.
 */
class HostileInputTest {
    static final int VALID = 100;
    static final int HOSTILE = 1000;

    @Test
    void hostileCorpus(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(SeedStore.SEED_HI);
        for (int i = 0; i < VALID; i++) {
            // Distinct texts (identity is the text hash), each reporting the seed's meeting.
            String text = seed + "\nसंदर्भ संख्या " + i + "।\n";
            org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
            o.put("published", "2024-07-26");
            o.put("text", text);
            Files.writeString(in.resolve(String.format("valid-%03d.jsonl", i)),
                    org.apache.jena.atlas.json.JSON.toStringFlat(o) + "\n", StandardCharsets.UTF_8);
        }
        Random rnd = new Random(42);
        int expectedOk = 0;
        int expectedFailed = 0;
        for (int i = 0; i < HOSTILE; i++) {
            Path f;
            switch (i % 12) {
                case 0 -> { // random bytes
                    byte[] b = new byte[200 + rnd.nextInt(2000)];
                    rnd.nextBytes(b);
                    b[7] = 0;
                    Files.write(f = in.resolve("random-" + i + ".txt"), b);
                    expectedFailed++;
                }
                case 1 -> { // truncated UTF-8: a Devanagari letter cut in the middle
                    byte[] b = "रूस और चीन".getBytes(StandardCharsets.UTF_8);
                    Files.write(f = in.resolve("truncated-" + i + ".txt"), java.util.Arrays.copyOf(b, b.length - 1));
                    expectedFailed++;
                }
                case 2 -> { // UTF-16 with a byte-order mark: real text, decoded
                    Files.write(f = in.resolve("utf16bom-" + i + ".txt"), ("\uFEFFरूस और चीन " + i).getBytes(StandardCharsets.UTF_16BE));
                    expectedOk++;
                }
                case 3 -> { // UTF-16 without a byte-order mark: NUL bytes, refused
                    Files.write(f = in.resolve("utf16-" + i + ".txt"), ("Russia and China " + i).getBytes(StandardCharsets.UTF_16LE));
                    expectedFailed++;
                }
                case 4 -> { // deeply nested, unclosed HTML with text at the bottom
                    StringBuilder sb = new StringBuilder("<html lang=\"en\"><body>");
                    sb.append("<div>".repeat(5000)).append("<p>Russia and China held talks ").append(i).append(".");
                    Files.writeString(f = in.resolve("nested-" + i + ".html"), sb);
                    expectedOk++;
                }
                case 5 -> { // JSONL: wrong types, missing text
                    Files.writeString(f = in.resolve("badjson-" + i + ".jsonl"), "{\"text\": 17}\n{\"title\": \"x\"}\n[1,2]\n{\"text\": \"ok " + i + "\", \"url\": 5}\n");
                    expectedFailed += 4;
                }
                case 6 -> { // enormous and impossible dates
                    Files.writeString(f = in.resolve("dates-" + i + ".jsonl"), "{\"text\": \"a " + i + "\", \"published\": \"99999999999-01-01\"}\n"
                            + "{\"text\": \"b " + i + "\", \"published\": \"2023-02-31\"}\n");
                    expectedFailed += 2;
                }
                case 7 -> { // zero-width joiners, bidi marks, mixed scripts: ordinary text
                    Files.writeString(f = in.resolve("zwj-" + i + ".txt"), "क्\u200Dष \u200Fرूس\u200E and चीन " + i);
                    expectedOk++;
                }
                case 8 -> { // one character
                    Files.writeString(f = in.resolve("one-" + i + ".txt"), String.valueOf((char) ('a' + i % 26)) + (i / 26 == 0 ? "" : "\u200B".repeat(i / 26)));
                    expectedOk++;
                }
                case 9 -> { // empty
                    Files.writeString(f = in.resolve("empty-" + i + ".txt"), "");
                    expectedFailed++;
                }
                case 10 -> { // unknown type
                    Files.writeString(f = in.resolve("doc-" + i + ".docx"), "PK");
                    expectedFailed++;
                }
                default -> { // NUL in the middle of text
                    Files.writeString(f = in.resolve("nul-" + i + ".txt"), "Russia\u0000China " + i);
                    expectedFailed++;
                }
            }
        }
        // One 50 MB single-line file of each kind that can hold one.
        try (OutputStream os = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                os.write(chunk);
            }
        }
        try (OutputStream os = Files.newOutputStream(in.resolve("huge.jsonl"))) {
            os.write("{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                os.write(chunk);
            }
            os.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        expectedFailed += 2;

        Path db = dir.resolve("db");
        ChildProcess.Result r = ChildProcess.run("512m", dir.resolve("ingest"), 600, "ingest", "--db", db.toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in") || r.err().contains("OutOfMemory"),
                "no stack trace: " + r.err().lines().limit(20).toList());
        assertTrue(r.err().contains("huge.txt: file too large"), "the 50 MB file is named with its reason");
        assertTrue(r.err().contains("huge.jsonl:1: line too long"));
        Matcher m = Pattern.compile("ingested (\\d+) .*failed (\\d+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(VALID + expectedOk, Integer.parseInt(m.group(1)), r.out());
        assertEquals(expectedFailed, Integer.parseInt(m.group(2)), r.out());
        // Besides the failures, standard error may carry the periodic progress lines ("ingest: ...").
        assertEquals(expectedFailed, r.err().strip().lines().filter(l -> !l.isBlank() && !l.startsWith("ingest: ")).count(),
                "one line per failure; lines not naming an input: "
                        + r.err().lines().filter(l -> !l.startsWith(in.toString()) && !l.startsWith("ingest: ")).toList());

        try (KgStore store = SeedStore.open(db)) {
            assertEquals(VALID, SeedStore.select(store, """
                    SELECT ?g WHERE { GRAPH ?g { ?m a bkg:Meeting ; bkg:participantCountry ?c . ?a schema:articleBody ?b
                      FILTER(CONTAINS(?b, "संदर्भ संख्या")) } } GROUP BY ?g""").size(),
                    "every valid article is stored with its meeting");
            assertEquals(VALID, SeedStore.select(store, """
                    SELECT DISTINCT ?r WHERE { ?m bkg:report ?r ; schema:startDate "2024-07-25"^^xsd:date }""").size(),
                    "and all report the same canonical meeting");
        }
    }
}
