package org.bilateralkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads files and directories of articles (.txt, .jsonl, .html) and streams them to a sink. Every bad input
 * becomes one {@link InputProblem}; reading goes on with the next input.
 */
public final class ArticleReader {
    /** A single .txt larger than this is refused: no news article is that long. */
    static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private final ArticleDefaults defaults;

    public ArticleReader(ArticleDefaults defaults) {
        this.defaults = defaults;
    }

    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                sink.problem(new InputProblem(p.toString(), 0, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                readDirectory(p, sink);
            } else {
                readFile(p, sink);
            }
        }
    }

    private void readDirectory(Path dir, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            sink.problem(new InputProblem(dir.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
        files.forEach(f -> readFile(f, sink));
    }

    private void readFile(Path file, ArticleSink sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                readTxt(file, sink);
            } else if (name.endsWith(".jsonl")) {
                readJsonl(file, sink);
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                readHtml(file, sink);
            } else {
                int dot = name.lastIndexOf('.');
                String ext = dot < 0 ? "(none)" : name.substring(dot);
                sink.problem(new InputProblem(file.toString(), 0,
                        "unsupported file type " + ext + " (expected .txt, .jsonl or .html)"));
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
        sink.fileDone(file, sizeOf(file));
    }

    /** Total size in bytes of the inputs (directories walked as {@link #read} walks them). */
    public static long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    total += s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .mapToLong(ArticleReader::sizeOf).sum();
                } catch (IOException | java.io.UncheckedIOException e) {
                    // unknown size: progress just has no total
                }
            } else {
                total += sizeOf(p);
            }
        }
        return total;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private void readTxt(Path file, ArticleSink sink) throws IOException {
        String text = decodeWhole(file, sink);
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            sink.problem(new InputProblem(file.toString(), 0, "empty file: no article text"));
            return;
        }
        sink.article(new Article(null, null, defaults.published(), defaults.language(), defaults.source(),
                text, file.toString()));
    }

    private void readHtml(Path file, ArticleSink sink) throws IOException {
        String html = decodeWhole(file, sink);
        if (html == null) {
            return;
        }
        Article a = HtmlArticleParser.parse(html, file.toString(), defaults);
        if (a.text().isBlank()) {
            sink.problem(new InputProblem(file.toString(), 0, "no article text found in the page"));
            return;
        }
        sink.article(a);
    }

    /** The whole file as text, or null after reporting why it cannot be read as text. */
    private String decodeWhole(Path file, ArticleSink sink) throws IOException {
        if (Files.size(file) > MAX_TEXT_BYTES) {
            sink.problem(new InputProblem(file.toString(), 0, "file too large for one article ("
                    + Files.size(file) + " bytes, limit " + MAX_TEXT_BYTES + ")"));
            return null;
        }
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.UndecodableException e) {
            sink.problem(new InputProblem(file.toString(), 0, e.getMessage()));
            return null;
        }
    }

    private void readJsonl(Path file, ArticleSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in);
            byte[] raw;
            long lineNo = 0;
            boolean any = false;
            while ((raw = lines.readLine()) != null) {
                lineNo++;
                if (raw == ByteLines.TOO_LONG) {
                    sink.problem(new InputProblem(file.toString(), lineNo, "line too long for one article (over "
                            + MAX_TEXT_BYTES + " bytes)"));
                    any = true;
                    continue;
                }
                String line;
                try {
                    line = TextDecoder.decode(raw);
                } catch (TextDecoder.UndecodableException e) {
                    sink.problem(new InputProblem(file.toString(), lineNo, e.getMessage()));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                readJsonLine(file, lineNo, line, sink);
            }
            if (!any) {
                sink.problem(new InputProblem(file.toString(), 0, "empty file: no JSON lines"));
            }
        }
    }

    private void readJsonLine(Path file, long lineNo, String line, ArticleSink sink) {
        String where = file.toString();
        JsonValue v;
        try {
            v = JSON.parseAny(line);
        } catch (RuntimeException e) {
            sink.problem(new InputProblem(where, lineNo, "not JSON: " + firstLine(e.getMessage())));
            return;
        }
        if (!v.isObject()) {
            sink.problem(new InputProblem(where, lineNo, "not a JSON object"));
            return;
        }
        JsonObject o = v.getAsObject();
        try {
            String text = string(o, "text");
            if (text == null || text.isBlank()) {
                sink.problem(new InputProblem(where, lineNo, "no \"text\" (the only required field)"));
                return;
            }
            LocalDate published = date(o, "published");
            String lang = string(o, "language");
            sink.article(new Article(string(o, "url"), string(o, "title"),
                    published != null ? published : defaults.published(),
                    lang != null && !lang.isBlank() ? lang.strip() : defaults.language(),
                    orElse(string(o, "source"), defaults.source()), text, where + ":" + lineNo));
        } catch (IllegalArgumentException e) {
            sink.problem(new InputProblem(where, lineNo, e.getMessage()));
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return v.getAsString().value();
    }

    private static LocalDate date(JsonObject o, String key) {
        String s = string(o, key);
        if (s == null || s.isBlank()) {
            return null;
        }
        return parseDate(s.strip(), key);
    }

    /** Accepts YYYY-MM-DD or an ISO date-time with offset; impossible dates are refused. */
    public static LocalDate parseDate(String s, String what) {
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s);
            }
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + what + "\" is not a valid date: " + abbreviate(s));
        }
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    /**
     * Splits a byte stream at '\n' so that each line is decoded (and judged) on its own. A line longer
     * than the article limit is skipped to its end without being held in memory.
     */
    private static final class ByteLines {
        /** Returned for a line over the limit. */
        static final byte[] TOO_LONG = new byte[0];

        private final java.io.BufferedInputStream in;

        ByteLines(InputStream in) {
            this.in = new java.io.BufferedInputStream(in, 1 << 16);
        }

        byte[] readLine() throws IOException {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            int b;
            boolean read = false;
            boolean tooLong = false;
            while ((b = in.read()) != -1) {
                read = true;
                if (b == '\n') {
                    break;
                }
                if (!tooLong) {
                    buf.write(b);
                    if (buf.size() > MAX_TEXT_BYTES) {
                        tooLong = true;
                        buf = new java.io.ByteArrayOutputStream();
                    }
                }
            }
            if (!read) {
                return null;
            }
            if (tooLong) {
                return TOO_LONG;
            }
            byte[] bytes = buf.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                return java.util.Arrays.copyOf(bytes, n - 1);
            }
            return bytes;
        }
    }
}
