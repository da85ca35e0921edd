package org.bilateralkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.bilateralkg.extract.Extraction;
import org.bilateralkg.extract.Extractor;
import org.bilateralkg.extract.Meeting;
import org.bilateralkg.extract.Participant;
import org.bilateralkg.ingest.Article;
import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.ingest.ArticleReader;
import org.bilateralkg.ingest.ArticleSink;
import org.bilateralkg.ingest.InputProblem;
import org.bilateralkg.reference.ReferenceData;

/**
 * Scores extraction against a gold set (docs/EVAL.md): reads DIR/articles as ingest does, extracts
 * each article (no store involved) and compares facts per type with DIR/gold.
 */
public final class Evaluator {
    public static final List<String> FACT_TYPES = List.of("meetings", "participants", "statements", "commitments", "negatives");

    private final ReferenceData ref;

    public Evaluator(ReferenceData ref) {
        this.ref = ref;
    }

    /** The result: scores per fact type, plus each article's misses and false alarms for reading. */
    public record Report(Map<String, Score> scores, List<String> differences, List<InputProblem> problems, int articles) {
    }

    public Report evaluate(Path dir) throws IOException {
        Map<String, GoldArticle> gold = GoldSet.read(dir.resolve("gold"));
        Map<String, Extraction> extracted = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        Extractor extractor = new Extractor(ref);
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir.resolve("articles"))) {
            s.sorted().forEach(files::add);
        }
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            new ArticleReader(ArticleDefaults.none()).read(List.of(f), new ArticleSink() {
                @Override
                public void article(Article article) {
                    extracted.put(id, extractor.extract(article));
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem);
                }
            });
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        FACT_TYPES.forEach(t -> counts.put(t, new int[3]));
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, GoldArticle> e : gold.entrySet()) {
            GoldArticle g = e.getValue();
            Extraction x = extracted.get(e.getKey());
            if (x == null) {
                problems.add(new InputProblem(e.getKey(), 0, "gold without an article"));
                continue;
            }
            compare("meetings", e.getKey(), g.meetings(), meetings(x), counts, diffs);
            compare("participants", e.getKey(), g.participants(), participants(x), counts, diffs);
            compare("statements", e.getKey(), g.statements(), statements(x), counts, diffs);
            compare("commitments", e.getKey(), g.commitments(), commitments(x), counts, diffs);
            int[] n = counts.get("negatives");
            boolean predictedNegative = x.meetings().isEmpty();
            n[0] += g.negative() ? 1 : 0;
            n[1] += predictedNegative ? 1 : 0;
            n[2] += g.negative() && predictedNegative ? 1 : 0;
            if (g.negative() != predictedNegative) {
                diffs.add(e.getKey() + " negatives: gold " + g.negative() + ", extracted " + predictedNegative);
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((t, c) -> scores.put(t, new Score(t, c[0], c[1], c[2])));
        return new Report(scores, diffs, problems, extracted.size());
    }

    private static void compare(String type, String id, Set<String> gold, Set<String> got, Map<String, int[]> counts,
                                List<String> diffs) {
        int[] c = counts.get(type);
        c[0] += gold.size();
        c[1] += got.size();
        Set<String> hit = new HashSet<>(gold);
        hit.retainAll(got);
        c[2] += hit.size();
        for (String g : new TreeSet<>(gold)) {
            if (!got.contains(g)) {
                diffs.add(id + " " + type + " missed: " + g);
            }
        }
        for (String g : new TreeSet<>(got)) {
            if (!gold.contains(g)) {
                diffs.add(id + " " + type + " extra: " + g);
            }
        }
    }

    private static String key(Meeting m) {
        return FactKeys.meeting(m.date() == null ? null : m.date().lexical(), m.locationCountry(), m.countries());
    }

    private static Set<String> meetings(Extraction x) {
        return collect(x.meetings(), Evaluator::key);
    }

    private static Set<String> participants(Extraction x) {
        Set<String> out = new TreeSet<>();
        for (Meeting m : x.meetings()) {
            for (Participant p : m.participants()) {
                if (!p.personKey().startsWith("post:")) {
                    out.add(FactKeys.participant(key(m), p.personKey()));
                }
            }
        }
        return out;
    }

    private static Set<String> statements(Extraction x) {
        Set<String> out = new TreeSet<>();
        x.statements().forEach(s -> {
            if (s.country() != null) {
                out.add(s.country());
            }
        });
        return out;
    }

    private static Set<String> commitments(Extraction x) {
        return collect(x.commitments(), c -> FactKeys.commitment(c.country(), c.topic()));
    }

    private static <T> Set<String> collect(List<T> items, Function<T, String> key) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(key.apply(i)));
        return out;
    }
}
