package org.bilateralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bilateralkg.eval.Evaluator;
import org.bilateralkg.eval.Score;
import org.bilateralkg.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against a gold set: DIR/articles and DIR/gold (format: docs/EVAL.md).",
                "Prints precision, recall and F1 per fact type."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Gold set directory (e.g. data/gold).")
    Path dir;

    @Option(names = "--verbose", description = "Also list every missed and extra fact.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("articles")) || !Files.isDirectory(dir.resolve("gold"))) {
            throw new UsageException(dir + " needs the folders articles/ and gold/ (see docs/EVAL.md)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Evaluator.Report r = new Evaluator(ReferenceData.load(common.home(), common.iris().base())).evaluate(dir);
        r.problems().forEach(p -> spec.commandLine().getErr().println(p));
        out.printf(Locale.ROOT, "%d articles%n", r.articles());
        out.printf(Locale.ROOT, "%-13s %6s %9s %7s %9s %7s %6s%n", "fact type", "gold", "extracted", "correct", "precision", "recall", "F1");
        for (Score s : r.scores().values()) {
            out.printf(Locale.ROOT, "%-13s %6d %9d %7d %9.3f %7.3f %6.3f%n", s.factType(), s.gold(), s.predicted(),
                    s.correct(), s.precision(), s.recall(), s.f1());
        }
        if (verbose) {
            r.differences().forEach(out::println);
        }
        return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
