package org.bilateralkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.synth.SynthGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate synthetic news articles with their gold facts; the same seed gives the same bytes.",
                "Articles: OUT/articles/<id>.jsonl (for ./bkg ingest OUT/articles).",
                "Gold: OUT/gold/<id>.json (docs/EVAL.md, for ./bkg eval OUT).",
                "Phrasings and the mix of articles are data: data/synth/."})
final class SynthCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    int articles;

    @Option(names = "--langs", split = ",", paramLabel = "LANG", defaultValue = "hi,en",
            description = "Languages, taking turns (default: ${DEFAULT-VALUE}; supported: hi, en).")
    List<String> langs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (articles/ and gold/ inside).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Writer threads (default: one per processor; the output does not depend on it).")
    int threads;

    @Option(names = "--force", description = "Replace the synthetic files (syn-*) of an earlier run in DIR.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        SynthGenerator.Options options;
        try {
            options = new SynthGenerator.Options(articles, langs.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList(),
                    seed, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (threads < 0) {
            throw new UsageException("--threads must not be negative");
        }
        for (String sub : List.of("articles", "gold")) {
            Path d = out.resolve(sub);
            if (Files.isDirectory(d) && !empty(d)) {
                if (!force) {
                    throw new UsageException(d + " is not empty: choose another --out, or pass --force to replace an earlier synthetic corpus");
                }
                removeSynthetic(d);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        ReferenceData ref = ReferenceData.load(common.home(), common.iris().base());
        SynthGenerator generator = new SynthGenerator(ref);
        int step = Math.max(10_000, articles / 10);
        int[] reported = {0};
        SynthGenerator.Summary s = generator.write(options, out, done -> {
            synchronized (reported) {
                if (done - reported[0] >= step && done < articles) {
                    reported[0] = done;
                    err.printf(Locale.ROOT, "synth: %d / %d articles%n", done, articles);
                    err.flush();
                }
            }
        });
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d articles (%s) in %s%n", s.articles(), s.byLanguage().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""), out);
        o.printf(Locale.ROOT, "gold: %d meetings, %d statement countries, %d commitments, %d negative articles%n",
                s.meetings(), s.statements(), s.commitments(), s.negatives());
        o.printf(Locale.ROOT, "%.1f s, %.0f articles/s%n", s.millis() / 1000.0, s.articles() * 1000.0 / Math.max(1, s.millis()));
        o.flush();
        return ExitCodes.OK;
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes what an earlier run wrote (syn-*.jsonl, syn-*.json); anything else stays. */
    private static void removeSynthetic(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith("syn-") && (n.endsWith(".jsonl") || n.endsWith(".json")) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }
}
