package org.bilateralkg.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the project's tab-separated reference tables: a header line, '|' between several values. */
final class Tsv {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setQuote(null)
            .setTrim(true)
            .get();

    private Tsv() {
    }

    /** One row: values by column name, with the file and line for error messages. */
    record Row(Map<String, String> values, String where) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static List<Row> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : FORMAT.parse(r)) {
                rows.add(new Row(rec.toMap(), file.getFileName() + ":" + rec.getRecordNumber()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
