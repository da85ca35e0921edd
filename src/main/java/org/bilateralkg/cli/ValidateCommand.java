package org.bilateralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.store.KgStore;
import org.bilateralkg.validate.ShapeValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every article graph of the store against the SHACL shapes in ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ShapeValidator validator = new ShapeValidator(common.home().resolve("ontology/shapes.ttl"));
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            List<ShapeValidator.Result> results = validator.validate(store.dataset(), store.iris().articlePrefix());
            long bad = results.stream().filter(r -> !r.conforms()).count();
            for (ShapeValidator.Result r : results) {
                if (!r.conforms()) {
                    out.println("does not conform: " + r.graph().getURI());
                    r.problems().forEach(p -> out.println("  " + p));
                }
            }
            out.println(results.size() + " article graphs checked against ontology/shapes.ttl: "
                    + (results.size() - bad) + " conform, " + bad + " do not"
                    + (bad == 0 ? " (conforms: true)" : " (conforms: false)"));
            return bad == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
