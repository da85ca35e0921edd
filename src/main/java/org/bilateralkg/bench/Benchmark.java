package org.bilateralkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.bilateralkg.export.ExportRequest;
import org.bilateralkg.export.Exporter;
import org.bilateralkg.extract.Extractor;
import org.bilateralkg.ingest.Article;
import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.ingest.ArticleReader;
import org.bilateralkg.ingest.ArticleSink;
import org.bilateralkg.ingest.InputProblem;
import org.bilateralkg.pipeline.IngestPipeline;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.pipeline.Progress;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.store.Backup;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.synth.SynthGenerator;

/**
 * The side-by-side benchmark of issue 6, in one process on one machine: extraction alone (one
 * thread, all cores), ingest into a fresh store, the full N-Quads export, the same quads loaded by
 * TDB2's own loaders (the baselines), pages and canned queries over HTTP, the countries export,
 * and an incremental ingest into the filled store. Memory is reset and read per step.
 */
public final class Benchmark {
    private final ReferenceData ref;
    private final Path dir;
    private final int articles;
    private final long seed;
    private final Path queries;
    private int timedRequests = 200;
    private final List<Measurement> results = new ArrayList<>();

    public Benchmark(ReferenceData ref, Path dir, int articles, long seed, Path queries) {
        this.ref = ref;
        this.queries = queries;
        this.dir = dir;
        this.articles = articles;
        this.seed = seed;
    }

    /** Keeps a result, and writes what the run has measured so far (a long run that is stopped keeps its figures). */
    private void record(Measurement m) {
        results.add(m);
        try {
            Files.writeString(dir.resolve("bench-partial.md"), markdown(results, articles), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the final tables are written at the end anyway
        }
    }

    /** Requests timed per kind of HTTP query (default 200, after a tenth as many to warm up). */
    public Benchmark timedRequests(int n) {
        this.timedRequests = Math.max(1, n);
        return this;
    }

    public List<Measurement> run(java.io.PrintStream log) throws Exception {
        Path corpus = dir.resolve("corpus");
        Path more = dir.resolve("corpus-more");
        synth(corpus, articles, seed, log);
        // 1,000 more articles, as the issue asks; fewer at smoke sizes, so that a test stays quick.
        int moreArticles = Math.min(1000, articles);
        synth(more, moreArticles, seed + 1, log);
        List<Article> loaded = load(corpus.resolve("articles"));
        long bytes = loaded.stream().mapToLong(a -> a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        for (int threads : new int[]{1, Runtime.getRuntime().availableProcessors()}) {
            log.println("bench: extraction alone, " + threads + " thread(s)");
            MemoryWatch.reset();
            double s = extract(loaded, threads);
            record(new Measurement("extraction, " + threads + " thread" + (threads == 1 ? "" : "s"), s, loaded.size(),
                    "articles", loaded.size() / s, MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                    String.format(Locale.ROOT, "%.1f MB/s of text", bytes / 1e6 / s)));
        }
        loaded = null;

        log.println("bench: extraction F1 against the synthetic gold");
        MemoryWatch.reset();
        long f0 = System.nanoTime();
        org.bilateralkg.eval.Evaluator.Report report = new org.bilateralkg.eval.Evaluator(ref).evaluate(corpus);
        double fs = (System.nanoTime() - f0) / 1e9;
        StringBuilder f1 = new StringBuilder("F1");
        report.scores().values().forEach(sc -> f1.append(String.format(Locale.ROOT, " %s %.3f;", sc.factType(), sc.f1())));
        f1.append(" (a bug check: generator and extractor share authors)");
        record(new Measurement("extraction F1, synthetic gold", fs, report.articles(), "articles",
                report.articles() / fs, MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(), f1.toString()));

        Path store = dir.resolve("store-ingest");
        deleteTree(store);
        log.println("bench: ingest into a fresh store");
        MemoryWatch.reset();
        long t0 = System.nanoTime();
        long quads;
        try (KgStore kg = KgStore.open(store, new Iris(Iris.DEFAULT_BASE), true)) {
            IngestSummary sum = new IngestPipeline(ref, kg, false, p -> { }).progress(Progress.none())
                    .run(List.of(corpus.resolve("articles")), ArticleDefaults.none());
            double s = (System.nanoTime() - t0) / 1e9;
            quads = kg.quadCount();
            record(new Measurement("ingest (fresh store)", s, sum.ingested(), "articles", sum.ingested() / s,
                    MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                    String.format(Locale.ROOT, "%d quads, %.0f quads/s", quads, quads / s)));
            Path nq = dir.resolve("dump.nq");
            log.println("bench: full export as N-Quads (also the baselines' input)");
            MemoryWatch.reset();
            long d0 = System.nanoTime();
            dump(kg, nq);
            double ds = (System.nanoTime() - d0) / 1e9;
            record(new Measurement("full export, N-Quads (streamed)", ds, quads, "quads", quads / ds,
                    MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                    String.format(Locale.ROOT, "%.0f MB written", Files.size(nq) / 1e6)));

            // Two baselines on the same quads: the basic loader is the one ingest drives batch by
            // batch (TDB2's crash-safe loader); the parallel loader is TDB2's fastest, which its
            // documentation says is not fully transactional if a load goes wrong.
            for (String kind : List.of("basic", "parallel")) {
                log.println("bench: baseline, TDB2 " + kind + " loader on the same quads");
                Path base = dir.resolve("store-baseline");
                deleteTree(base);
                MemoryWatch.reset();
                long b0 = System.nanoTime();
                DatasetGraph dsg = TDB2Factory.connectDataset(base.toString()).asDatasetGraph();
                DataLoader loader = kind.equals("basic") ? LoaderFactory.basicLoader(dsg, (fmt, args) -> { })
                        : LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
                loader.startBulk();
                loader.load(nq.toString());
                loader.finishBulk();
                double bs = (System.nanoTime() - b0) / 1e9;
                org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
                record(new Measurement("baseline: TDB2 " + kind + " loader", bs, quads, "quads", quads / bs,
                        MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                        String.format(Locale.ROOT, "ingest / this baseline = %.2f", s / bs)));
            }
            deleteTree(dir.resolve("store-baseline"));
            Files.deleteIfExists(nq);

            new HttpQueryBench(kg, queries, timedRequests).run(log).forEach(this::record);

            log.println("bench: countries export");
            MemoryWatch.reset();
            long e0 = System.nanoTime();
            Exporter.Summary ex = new Exporter(kg.dataset(), kg.iris(), queries).writeFiles(
                    ExportRequest.of("countries", "gexf", null, null, List.of(), List.of()), dir.resolve("countries.gexf"));
            double es = (System.nanoTime() - e0) / 1e9;
            record(new Measurement("countries export (GEXF)", es, ex.nodes() + ex.edges(), "elements",
                    (ex.nodes() + ex.edges()) / es, MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                    ex.nodes() + " nodes, " + ex.edges() + " edges"));

            log.println("bench: incremental ingest of " + moreArticles + " more articles");
            MemoryWatch.reset();
            long i0 = System.nanoTime();
            IngestSummary inc = new IngestPipeline(ref, kg, false, p -> { }).progress(Progress.none())
                    .run(List.of(more.resolve("articles")), ArticleDefaults.none());
            double is = (System.nanoTime() - i0) / 1e9;
            record(new Measurement("incremental ingest (filled store)", is, inc.ingested(), "articles",
                    inc.ingested() / is, MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(), ""));
        }
        return results;
    }

    private void synth(Path out, int n, long s, java.io.PrintStream log) throws IOException {
        if (Files.isDirectory(out.resolve("articles"))) {
            try (var files = Files.list(out.resolve("articles"))) {
                if (files.count() >= n) {
                    return;
                }
            }
        }
        log.println("bench: generating " + n + " synthetic articles in " + out);
        deleteTree(out);
        new SynthGenerator(ref).write(new SynthGenerator.Options(n, List.of("hi", "en"), s,
                Runtime.getRuntime().availableProcessors()), out, i -> { });
    }

    private static List<Article> load(Path articles) {
        List<Article> out = new ArrayList<>();
        new ArticleReader(ArticleDefaults.none()).read(List.of(articles), new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
            }
        });
        return out;
    }

    private double extract(List<Article> loaded, int threads) throws Exception {
        Extractor x = new Extractor(ref);
        for (int i = 0; i < Math.min(500, loaded.size()); i++) {
            x.extract(loaded.get(i)); // warm-up
        }
        long t0 = System.nanoTime();
        if (threads == 1) {
            loaded.forEach(x::extract);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            int chunk = (loaded.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<Article> part = loaded.subList(Math.min(loaded.size(), t * chunk), Math.min(loaded.size(), (t + 1) * chunk));
                fs.add(pool.submit(() -> part.forEach(x::extract)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void dump(KgStore kg, Path nq) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            Backup.writeNQuads(kg, os);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The results as a Markdown table, with the machine they ran on. */
    public static String markdown(List<Measurement> rs, int articles) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Benchmark at %d synthetic articles; %d cores, Java %s, max heap %d MiB.%n%n",
                articles, Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20));
        sb.append("| step | seconds | items | rate | p50 ms | p95 ms | peak heap MiB | peak RSS MiB | note |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : rs) {
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %d %s | %.0f %s/s | %s | %s | %d | %d | %s |%n", m.step(), m.seconds(),
                    m.items(), m.unit(), m.rate(), m.unit(), ms(m.p50Ms()), ms(m.p95Ms()), m.peakHeapMiB(), m.peakRssMiB(), m.note()));
        }
        return sb.toString();
    }

    private static String ms(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The results as JSON (Jena's JSON writer: no hand-built strings). */
    public static String json(List<Measurement> rs, int articles) {
        org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
        o.put("articles", articles);
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.put("java", Runtime.version().toString());
        org.apache.jena.atlas.json.JsonArray a = new org.apache.jena.atlas.json.JsonArray();
        for (Measurement m : rs) {
            org.apache.jena.atlas.json.JsonObject j = new org.apache.jena.atlas.json.JsonObject();
            j.put("step", m.step());
            j.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(m.seconds()));
            j.put("items", m.items());
            j.put("unit", m.unit());
            j.put("rate", org.apache.jena.atlas.json.JsonNumber.value(m.rate()));
            j.put("peakHeapMiB", m.peakHeapMiB());
            j.put("peakRssMiB", m.peakRssMiB());
            j.put("note", m.note());
            if (m.p50Ms() != null) {
                j.put("p50Ms", org.apache.jena.atlas.json.JsonNumber.value(m.p50Ms()));
                j.put("p95Ms", org.apache.jena.atlas.json.JsonNumber.value(m.p95Ms()));
            }
            a.add(j);
        }
        o.put("steps", a);
        return o.toString();
    }
}
