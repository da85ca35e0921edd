package org.bilateralkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queries shipped in queries/ (NAME.rq), or any .rq file a user names. Each shipped file starts
 * with a comment saying what it answers, its parameters and its columns.
 */
public final class CannedQueries {
    private final Path dir;

    public CannedQueries(Path dir) {
        this.dir = dir;
    }

    /** The query text for a name ("meetings") or a path to a .rq file; empty if neither exists. */
    public java.util.Optional<String> load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (!nameOrFile.endsWith(".rq") || !Files.isRegularFile(file)) {
            file = dir.resolve(nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq");
        }
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
