package org.bilateralkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
import org.bilateralkg.store.ArticleStore;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.store.LocalArticleStore;
import org.bilateralkg.store.PutOutcome;

/**
 * Files -> articles -> extraction -> article graphs -> store, as a pipeline: one thread reads,
 * worker threads extract and build graphs, this thread writes. Writes go in transactions of a
 * bounded size (at most {@link #BATCH_ARTICLES} articles or {@link #BATCH_QUADS} quads), so memory
 * does not grow with the corpus and a crash loses at most the transaction in flight; the derived
 * graph of merged meetings is rebuilt at the end. Bad inputs are reported one line each and the
 * rest goes on; what was stored stays stored.
 */
public final class IngestPipeline {
    public static final int BATCH_ARTICLES = 1000;
    static final int BATCH_QUADS = 250_000;
    private static final int IN_FLIGHT_PER_WORKER = 64;

    private final ReferenceData ref;
    private final ArticleStore store;
    private final Extractor extractor;
    private final ArticleGraphWriter writer;
    private final boolean force;
    private final Consumer<InputProblem> problems;
    private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    private Progress progress = Progress.none();
    private int batchArticles = BATCH_ARTICLES;

    public IngestPipeline(ReferenceData ref, KgStore store, boolean force, Consumer<InputProblem> problems) {
        this(ref, new LocalArticleStore(store), force, problems);
    }

    /** Same pipeline, any destination: the local store or a running server. */
    public IngestPipeline(ReferenceData ref, ArticleStore store, boolean force, Consumer<InputProblem> problems) {
        this.ref = ref;
        this.store = store;
        this.extractor = new Extractor(ref);
        this.writer = new ArticleGraphWriter(store.iris(), ref);
        this.force = force;
        this.problems = problems;
    }

    /** At most this many articles per write transaction (default {@link #BATCH_ARTICLES}). */
    public IngestPipeline batchArticles(int n) {
        this.batchArticles = Math.max(1, n);
        return this;
    }

    public IngestPipeline workers(int n) {
        this.workers = Math.max(1, n);
        return this;
    }

    public IngestPipeline progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** What a worker made of one input: a graph to store, or a problem to report. */
    private record Item(Extraction extraction, Node name, Graph graph, InputProblem problem) {
    }

    private static final Future<Item> END = CompletableFuture.completedFuture(null);

    public IngestSummary run(List<Path> paths, ArticleDefaults defaults) {
        IngestSummary summary = new IngestSummary();
        store.ensureReference(ref.version(), () -> new ReferenceGraphWriter(store.iris(), ref).graphs());
        BlockingQueue<Future<Item>> queue = new ArrayBlockingQueue<>(workers * IN_FLIGHT_PER_WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "bkg-extract");
            t.setDaemon(true);
            return t;
        });
        AtomicLong bytes = new AtomicLong();
        Thread reader = new Thread(() -> read(paths, defaults, queue, pool, bytes), "bkg-read");
        reader.setDaemon(true);
        reader.start();
        try {
            write(queue, summary, bytes);
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        summary.canonicalMeetings = store.rebuildDerived();
        return summary;
    }

    private void read(List<Path> paths, ArticleDefaults defaults, BlockingQueue<Future<Item>> queue,
                      ExecutorService pool, AtomicLong bytes) {
        try {
            new ArticleReader(defaults).read(paths, new ArticleSink() {
                @Override
                public void article(Article article) {
                    put(queue, pool.submit(() -> process(article)));
                }

                @Override
                public void problem(InputProblem problem) {
                    put(queue, CompletableFuture.completedFuture(new Item(null, null, null, problem)));
                }

                @Override
                public void fileDone(Path file, long size) {
                    bytes.addAndGet(size);
                }
            });
        } catch (RuntimeException e) {
            put(queue, CompletableFuture.completedFuture(new Item(null, null, null,
                    new InputProblem(String.valueOf(paths), 0, "reading stopped: " + e))));
        } finally {
            put(queue, END);
        }
    }

    private Item process(Article article) {
        try {
            Extraction x = extractor.extract(article);
            return new Item(x, writer.articleIri(article), writer.write(x), null);
        } catch (RuntimeException e) {
            // An extractor bug must not cost the user the rest of the corpus.
            return new Item(null, null, null, new InputProblem(article.origin(), 0, "extraction failed: " + e));
        }
    }

    private void write(BlockingQueue<Future<Item>> queue, IngestSummary summary, AtomicLong bytes) {
        List<Item> batch = new ArrayList<>();
        long quads = 0;
        long stored = 0;
        while (true) {
            Future<Item> next = poll(queue);
            if (next == null) {
                // Input is slow to come: store what is ready rather than keep it waiting in memory.
                if (!batch.isEmpty()) {
                    stored += batch.size();
                    flush(batch, summary);
                    quads = 0;
                    progress.update(bytes.get(), stored);
                }
                continue;
            }
            Item item = get(next);
            if (item == null) {
                break;
            }
            if (item.problem() != null) {
                summary.failures.add(item.problem());
                problems.accept(item.problem());
                continue;
            }
            batch.add(item);
            quads += item.graph().size();
            if (batch.size() >= batchArticles || quads >= BATCH_QUADS) {
                stored += batch.size();
                flush(batch, summary);
                quads = 0;
                progress.update(bytes.get(), stored);
            }
        }
        stored += batch.size(); // before flush, which empties the batch
        flush(batch, summary);
        progress.update(bytes.get(), stored);
    }

    private void flush(List<Item> batch, IngestSummary summary) {
        if (batch.isEmpty()) {
            return;
        }
        List<PutOutcome> outcomes = store.putAll(batch.stream().map(Item::name).toList(),
                batch.stream().map(Item::graph).toList(), force);
        {
            for (int i = 0; i < batch.size(); i++) {
                Item item = batch.get(i);
                PutOutcome o = outcomes.get(i);
                Extraction x = item.extraction();
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
        }
        batch.clear();
    }

    /** The next result, or null when none came within a second. */
    private static Future<Item> poll(BlockingQueue<Future<Item>> queue) {
        try {
            return queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    private static Item get(Future<Item> f) {
        try {
            return f == END ? null : f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }

    private static void put(BlockingQueue<Future<Item>> queue, Future<Item> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
