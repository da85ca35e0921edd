package org.bilateralkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Conventions of news text kept as data: abbreviations that do not end a sentence, lines that are
 * page furniture ("टिप्पणी (0)", "Share this"), and lines that are photo captions.
 * Read from data/text/ (one entry a line, '#' starts a comment).
 */
public record TextConventions(Set<String> abbreviations, List<Pattern> furniture, List<Pattern> captions) {

    public static TextConventions load(Path dir) {
        Set<String> abbreviations = new HashSet<>();
        for (String line : lines(dir.resolve("abbreviations.txt"))) {
            abbreviations.add(line.toLowerCase(Locale.ROOT));
        }
        return new TextConventions(Set.copyOf(abbreviations), patterns(dir.resolve("furniture.txt")),
                patterns(dir.resolve("captions.txt")));
    }

    private static List<Pattern> patterns(Path file) {
        List<Pattern> out = new ArrayList<>();
        for (String line : lines(file)) {
            out.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }

    static List<String> lines(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public boolean isFurniture(String line) {
        return furniture.stream().anyMatch(p -> p.matcher(line).matches());
    }

    public boolean isCaption(String line) {
        return captions.stream().anyMatch(p -> p.matcher(line).find());
    }
}
