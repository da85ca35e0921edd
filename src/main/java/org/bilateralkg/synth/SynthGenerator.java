package org.bilateralkg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

import org.bilateralkg.reference.ReferenceData;

/**
 * {@code ./bkg synth}: a deterministic generator of synthetic news articles (Hindi, English) with
 * their gold facts in the format of docs/EVAL.md.
 * <p>
 * Article {@code i} is a pure function of (seed, i, N, languages) and the reference data: it draws
 * from its own random stream, so the corpus is the same, byte for byte, however many threads write
 * it and in whatever order. Articles are written as they are made (one .jsonl and one gold .json
 * each): memory does not grow with the corpus.
 * <p>
 * Languages take turns (article {@code i} is in language {@code i mod L}); consecutive articles
 * {@code L*g ... L*g+L-1} tell the same story in every language with the probability
 * {@code pair-rate} of data/synth/settings.tsv, and their gold files name each other in "pair".
 */
public final class SynthGenerator {
    /** What to generate. {@code threads} 0: one per available processor. */
    public record Options(int articles, List<String> languages, long seed, int threads) {
        public Options {
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1");
            }
            if (languages.isEmpty()) {
                throw new IllegalArgumentException("--langs needs at least one language");
            }
            for (String l : languages) {
                if (!SynthData.LANGUAGES.contains(l)) {
                    throw new IllegalArgumentException("unsupported language " + l + " (supported: "
                            + String.join(", ", SynthData.LANGUAGES) + ")");
                }
            }
            if (languages.stream().distinct().count() != languages.size()) {
                throw new IllegalArgumentException("--langs names a language twice: " + languages);
            }
            languages = List.copyOf(languages);
        }
    }

    /** One generated article: its .jsonl line and its gold file, with counts of its gold facts. */
    public record Generated(String id, String language, String kind, String articleJsonl, String goldJson,
                            boolean negative, int meetings, int statements, int commitments) {
    }

    public record Summary(int articles, Map<String, Integer> byLanguage, int negatives, int meetings, int statements,
                          int commitments, long millis) {
    }

    private final SynthData data;
    private final StoryPlanner planner;
    private final Renderer renderer;
    private final double pairRate;

    public SynthGenerator(ReferenceData ref) {
        this.data = SynthData.load(ref);
        Officials officials = new Officials(ref, data);
        this.planner = new StoryPlanner(ref, data, officials);
        this.renderer = new Renderer(ref, data);
        this.pairRate = data.number("pair-rate");
    }

    /** The id (file base name) of article {@code index} of {@code total}: "syn-000042-hi". */
    public static String id(int index, int total, String language) {
        int width = Math.max(6, String.valueOf(Math.max(0, total - 1)).length());
        String n = String.valueOf(index);
        return "syn-" + "0".repeat(Math.max(0, width - n.length())) + n + "-" + language;
    }

    /** Article {@code index}: a pure function of the options and the index. */
    public Generated article(Options o, int index) {
        if (index < 0 || index >= o.articles()) {
            throw new IndexOutOfBoundsException(index);
        }
        List<String> langs = o.languages();
        int l = langs.size();
        int group = index / l;
        int pos = index % l;
        String lang = langs.get(pos);
        boolean paired = l > 1 && (long) (group + 1) * l <= o.articles() && Rng.of(o.seed(), 1, group).chance(pairRate);
        Story story = paired ? planner.plan(Rng.of(o.seed(), 2, group), langs)
                : planner.plan(Rng.of(o.seed(), 3, index), List.of(lang));
        Renderer.Rendered r = renderer.render(story, lang, Rng.of(o.seed(), 4, index));
        Gold gold = Gold.of(story);
        String id = id(index, o.articles(), lang);
        String pair = paired ? id(group * l + (pos + 1) % l, o.articles(), langs.get((pos + 1) % l)) : null;
        List<SynthData.Source> sources = data.sources.get(lang);
        SynthData.Source source = sources.get(Rng.of(o.seed(), 5, index).nextInt(sources.size()));
        String url = "https://" + source.domain() + "/" + lang + "/" + story.published.toString().replace('-', '/')
                + "/s" + o.seed() + "-" + id;
        StringBuilder line = new StringBuilder(r.text().length() * 2 + 256);
        line.append("{\"url\": ");
        Json.append(line, url);
        line.append(", \"title\": ").append(Json.string(r.title()));
        line.append(", \"published\": ");
        Json.append(line, story.published.toString());
        line.append(", \"language\": ");
        Json.append(line, lang);
        line.append(", \"source\": ");
        Json.append(line, source.name());
        line.append(", \"text\": ");
        Json.append(line, r.text());
        line.append("}\n");
        StringBuilder notes = new StringBuilder("synthetic ").append(story.kind.slot()).append(" article (bkg synth, seed ")
                .append(o.seed()).append("); written from phrases.").append(lang).append(".tsv lines");
        String sep = " ";
        for (String w : r.templates()) {
            if (w.startsWith("phrases.")) {
                notes.append(sep).append(w.substring(w.lastIndexOf(':') + 1));
                sep = ", ";
            }
        }
        return new Generated(id, lang, story.kind.slot(), line.toString(), gold.json(pair, notes.toString()), gold.negative(),
                gold.meetings().size(), gold.statements().size(), gold.commitments().size());
    }

    /**
     * Writes every article to {@code out/articles/<id>.jsonl} and its gold to {@code out/gold/<id>.json},
     * on {@code threads} threads. {@code progress} (may be null) hears the number of articles done.
     */
    public Summary write(Options o, Path out, IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        Path articles = Files.createDirectories(out.resolve("articles"));
        Path gold = Files.createDirectories(out.resolve("gold"));
        int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
        int chunk = 64;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<String> langs = o.languages();
        // per language: articles; then negatives, meetings, statements, commitments
        AtomicIntegerArray counts = new AtomicIntegerArray(langs.size() + 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bkg-synth");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int from;
                    while ((from = next.getAndAdd(chunk)) < o.articles()) {
                        int to = Math.min(o.articles(), from + chunk);
                        for (int i = from; i < to; i++) {
                            Generated g = article(o, i);
                            writeFile(articles.resolve(g.id() + ".jsonl"), g.articleJsonl());
                            writeFile(gold.resolve(g.id() + ".json"), g.goldJson());
                            counts.incrementAndGet(langs.indexOf(g.language()));
                            int base = langs.size();
                            if (g.negative()) {
                                counts.incrementAndGet(base);
                            }
                            counts.addAndGet(base + 1, g.meetings());
                            counts.addAndGet(base + 2, g.statements());
                            counts.addAndGet(base + 3, g.commitments());
                        }
                        int d = done.addAndGet(to - from);
                        if (progress != null) {
                            progress.accept(d);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            byLanguage.put(langs.get(i), counts.get(i));
        }
        int b = langs.size();
        return new Summary(o.articles(), byLanguage, counts.get(b), counts.get(b + 1), counts.get(b + 2), counts.get(b + 3),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void writeFile(Path p, String content) {
        try {
            Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
