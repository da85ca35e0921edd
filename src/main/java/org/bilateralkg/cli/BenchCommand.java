package org.bilateralkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.bench.Benchmark;
import org.bilateralkg.bench.Measurement;
import org.bilateralkg.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Side-by-side benchmark on a synthetic corpus: extraction (1 thread, all cores), ingest into a",
                "fresh store, the full N-Quads export, TDB2's basic and parallel loaders on the same quads (baselines),",
                "pages and canned queries for a country pair, a person and a topic over HTTP (p50, p95), the countries",
                "export, incremental ingest of 1,000 more articles. Peak heap and RSS per step. Writes bench.json and bench.md."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Synthetic corpus seed.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Work and result directory (default: target/bench).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (articles < 10) {
            throw new UsageException("--articles must be at least 10");
        }
        Path dir = out != null ? out : common.home().resolve("target/bench");
        Files.createDirectories(dir);
        List<Measurement> rs = new Benchmark(ReferenceData.load(common.home(), common.iris().base()), dir, articles, seed, common.home().resolve("queries"))
                .run(System.err);
        String md = Benchmark.markdown(rs, articles);
        Files.writeString(dir.resolve("bench.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.json"), Benchmark.json(rs, articles), StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().println("(also in " + dir.resolve("bench.md") + " and bench.json)");
        return ExitCodes.OK;
    }
}
