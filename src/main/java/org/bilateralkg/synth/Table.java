package org.bilateralkg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated table of data/synth: a header line, '#' comment lines, '|' between several values. */
record Table(Path file, List<Row> rows) {
    record Row(Map<String, String> values, String where) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of()
                    : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        List<String> words(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
        }
    }

    static Table read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                values.put(header[c].strip(), c < cells.length ? cells[c] : "");
            }
            rows.add(new Row(values, file.getFileName() + ":" + (i + 1)));
        }
        if (header == null) {
            throw new IllegalStateException(file + ": no header line");
        }
        return new Table(file, List.copyOf(rows));
    }
}
