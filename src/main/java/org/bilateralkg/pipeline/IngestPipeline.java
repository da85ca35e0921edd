package org.bilateralkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.bilateralkg.extract.Extraction;
import org.bilateralkg.extract.Extractor;
import org.bilateralkg.ingest.Article;
import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.ingest.ArticleReader;
import org.bilateralkg.ingest.ArticleSink;
import org.bilateralkg.ingest.InputProblem;
import org.bilateralkg.rdf.ArticleGraphWriter;
import org.bilateralkg.rdf.ReferenceGraphWriter;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.store.MeetingMerger;
import org.bilateralkg.store.PutOutcome;

/**
 * Files -> articles -> extraction -> article graphs -> store, in write transactions of at most
 * {@link #BATCH} articles, then the derived graph of merged meetings is rebuilt. Bad inputs are
 * reported one line each and the rest goes on; what was stored stays stored.
 */
public final class IngestPipeline {
    static final int BATCH = 200;

    private final ReferenceData ref;
    private final KgStore store;
    private final Extractor extractor;
    private final ArticleGraphWriter writer;
    private final boolean force;
    private final Consumer<InputProblem> problems;

    public IngestPipeline(ReferenceData ref, KgStore store, boolean force, Consumer<InputProblem> problems) {
        this.ref = ref;
        this.store = store;
        this.extractor = new Extractor(ref);
        this.writer = new ArticleGraphWriter(store.iris(), ref);
        this.force = force;
        this.problems = problems;
    }

    public IngestSummary run(List<Path> paths, ArticleDefaults defaults) {
        IngestSummary summary = new IngestSummary();
        store.ensureReference(ref.version(), () -> new ReferenceGraphWriter(store.iris(), ref).graphs());
        List<Extraction> batch = new ArrayList<>();
        new ArticleReader(defaults).read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                try {
                    batch.add(extractor.extract(article));
                } catch (RuntimeException e) {
                    // An extractor bug must not cost the user the rest of the corpus.
                    problem(new InputProblem(article.origin(), 0, "extraction failed: " + e));
                    return;
                }
                if (batch.size() >= BATCH) {
                    flush(batch, summary);
                }
            }

            @Override
            public void problem(InputProblem problem) {
                summary.failures.add(problem);
                problems.accept(problem);
            }
        });
        flush(batch, summary);
        store.write(() -> summary.canonicalMeetings = MeetingMerger.rebuild(store.dataset().asDatasetGraph(), store.iris()));
        return summary;
    }

    private void flush(List<Extraction> batch, IngestSummary summary) {
        if (batch.isEmpty()) {
            return;
        }
        List<Node> names = new ArrayList<>();
        List<Graph> graphs = new ArrayList<>();
        for (Extraction x : batch) {
            names.add(writer.articleIri(x.article()));
            graphs.add(writer.write(x));
        }
        store.write(() -> {
            for (int i = 0; i < batch.size(); i++) {
                PutOutcome o = store.put(names.get(i), graphs.get(i), force);
                Extraction x = batch.get(i);
                switch (o) {
                    case ADDED -> summary.added++;
                    case REPLACED -> summary.replaced++;
                    case UNCHANGED -> summary.unchanged++;
                }
                if (o != PutOutcome.UNCHANGED) {
                    summary.meetings += x.meetings().size();
                    summary.statements += x.statements().size();
                    summary.commitments += x.commitments().size();
                }
                if (!x.supported()) {
                    summary.noLexicon.add(x.article().origin() + ": language '" + x.language() + "'");
                }
            }
        });
        batch.clear();
    }
}
