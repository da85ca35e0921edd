package org.bilateralkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bilateralkg.rdf.Iris;
import picocli.CommandLine.Option;

/** Options every store command takes. */
final class CommonOptions {
    @Option(names = "--base", paramLabel = "IRI", description = "Base under which entity IRIs are minted (default: ${DEFAULT-VALUE}).",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(names = "--home", paramLabel = "DIR", description = "Project directory holding data/, ontology/ and queries/ (default: the launcher's directory).")
    Path home;

    Path home() {
        if (home != null) {
            return home;
        }
        String prop = System.getProperty("bkg.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of("").toAbsolutePath();
    }

    Iris iris() {
        return new Iris(base);
    }

    static Path defaultStore(Path home) {
        return home.resolve("kg-db");
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
