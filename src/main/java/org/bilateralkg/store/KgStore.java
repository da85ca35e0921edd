package org.bilateralkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;

/**
 * The embedded TDB2 store. One named graph per article (named by the article IRI), reference graphs,
 * and the derived graph of merged meetings. The default graph seen by SPARQL is the union of all
 * graphs. TDB2 allows one process per store: opening a store another process holds fails with
 * {@link StoreUnavailableException}.
 */
public final class KgStore implements AutoCloseable {
    private static final Node META = NodeFactory.createURI(Vocab.BKG + "referenceDataVersion");

    private final Path dir;
    private final Dataset dataset;
    private final Iris iris;

    private KgStore(Path dir, Dataset dataset, Iris iris) {
        this.dir = dir;
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Opens an existing store; only ingest may create one ({@code create = true}). */
    public static KgStore open(Path dir, Iris iris, boolean create) throws StoreUnavailableException {
        if (!create && !isStore(dir)) {
            throw new StoreUnavailableException("no store at " + dir + " (create one with: ./bkg ingest --db " + dir + " PATH...)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreUnavailableException(dir + " is a file, not a store directory");
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(Location.create(dir));
            // Touch the store inside a transaction so that a lock held elsewhere shows up now.
            Txn.executeRead(ds, () -> ds.asDatasetGraph().isEmpty());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KgStore(dir, ds, iris);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Lock")) {
                throw new StoreUnavailableException("the store at " + dir + " is in use by another process ("
                        + firstLine(msg) + "); stop it, or reach that server with --endpoint URL");
            }
            throw new StoreUnavailableException("cannot open the store at " + dir + ": " + firstLine(msg));
        }
    }

    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    public Iris iris() {
        return iris;
    }

    /** Replaces the reference graphs when their version differs from the one stored. */
    public boolean ensureReference(String version, java.util.function.Supplier<Map<Node, Graph>> graphs) {
        Node metaGraph = iris.graph("meta");
        Node subject = iris.graph("reference");
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean current = Txn.calculateRead(dataset, () -> dsg.contains(metaGraph, subject, META,
                NodeFactory.createLiteralString(version)));
        if (current) {
            return false;
        }
        Map<Node, Graph> toWrite = graphs.get();
        Txn.executeWrite(dataset, () -> {
            toWrite.forEach((name, g) -> {
                dsg.removeGraph(name);
                g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            dsg.deleteAny(metaGraph, subject, META, Node.ANY);
            dsg.add(metaGraph, subject, META, NodeFactory.createLiteralString(version));
        });
        return true;
    }

    /**
     * Stores an article graph in the current write transaction: unchanged articles are left alone
     * (unless forced), changed ones replaced whole.
     */
    public PutOutcome put(Node article, Graph graph, boolean force) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean exists = dsg.containsGraph(article);
        if (exists && !force && same(dsg, article, graph)) {
            return PutOutcome.UNCHANGED;
        }
        boolean counted = indexCounted(dsg);
        if (exists && counted) {
            SectionCounts.markBucketsOf(dsg, iris, article);
        }
        if (exists) {
            dsg.removeGraph(article);
        }
        graph.find().forEachRemaining(t -> dsg.add(article, t.getSubject(), t.getPredicate(), t.getObject()));
        dsg.add(exists ? MeetingMerger.pending(iris, article) : MeetingMerger.pendingAdded(iris, article));
        if (counted) {
            SectionIndex.bucketsIn(graph).forEach(b -> dsg.add(SectionCounts.pending(iris, b)));
        }
        return exists ? PutOutcome.REPLACED : PutOutcome.ADDED;
    }

    /**
     * Whether the page index has counts to keep up to date. Without them (a new store) the next
     * update counts every bucket anyway, so writers leave no bucket marks: on a first ingest of
     * 20,000 articles the marks were 200,000 quads written and deleted again.
     */
    private boolean indexCounted(DatasetGraph dsg) {
        return dsg.find(SectionIndex.graphName(iris), Node.ANY, Vocab.contents, Node.ANY).hasNext();
    }

    /** True when the stored graph was made from the same content by the same extractor and reference data. */
    private static boolean same(DatasetGraph dsg, Node article, Graph graph) {
        for (Node p : new Node[]{Vocab.contentHash, Vocab.extractorVersion, Vocab.referenceDataVersion}) {
            Node wanted = graph.find(article, p, Node.ANY).toList().stream().map(Triple::getObject).findFirst().orElse(null);
            if (wanted == null || !dsg.contains(article, article, p, wanted)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stores a batch of article graphs. Unchanged articles are left alone (unless forced); the graphs
     * of changed ones are first removed in one transaction, then the batch is written by TDB2's own
     * bulk loader, in one transaction of its own: a crash leaves each article either absent (a re-run
     * stores it) or complete, never half. Returns one outcome per graph, in order.
     */
    public java.util.List<PutOutcome> putAll(java.util.List<Node> names, java.util.List<Graph> graphs, boolean force) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        java.util.List<PutOutcome> outcomes = new java.util.ArrayList<>();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        boolean[] counted = {false};
        Txn.executeRead(dataset, () -> {
            counted[0] = indexCounted(dsg);
            for (int i = 0; i < names.size(); i++) {
                Node name = names.get(i);
                boolean exists = dsg.containsGraph(name);
                if (!seen.add(name)) {
                    outcomes.add(PutOutcome.UNCHANGED); // the same article twice in one batch
                } else if (exists && !force && same(dsg, name, graphs.get(i))) {
                    outcomes.add(PutOutcome.UNCHANGED);
                } else {
                    outcomes.add(exists ? PutOutcome.REPLACED : PutOutcome.ADDED);
                }
            }
        });
        if (outcomes.contains(PutOutcome.REPLACED)) {
            write(() -> {
                for (int i = 0; i < names.size(); i++) {
                    if (outcomes.get(i) == PutOutcome.REPLACED) {
                        if (counted[0]) {
                            SectionCounts.markBucketsOf(dsg, iris, names.get(i));
                        }
                        dsg.removeGraph(names.get(i));
                        dsg.add(MeetingMerger.pending(iris, names.get(i)));
                    }
                }
            });
        }
        if (outcomes.stream().anyMatch(o -> o != PutOutcome.UNCHANGED)) {
            org.apache.jena.tdb2.loader.DataLoader loader =
                    org.apache.jena.tdb2.loader.LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                org.apache.jena.riot.system.StreamRDF out = loader.stream();
                out.start();
                for (int i = 0; i < names.size(); i++) {
                    if (outcomes.get(i) != PutOutcome.UNCHANGED) {
                        Node name = names.get(i);
                        graphs.get(i).find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
                        // Merged at the end of the ingest (a replaced article was marked as such when removed).
                        out.quad(MeetingMerger.pendingAdded(iris, name));
                        if (counted[0]) {
                            SectionIndex.bucketsIn(graphs.get(i)).forEach(b -> out.quad(SectionCounts.pending(iris, b)));
                        }
                    }
                }
                out.finish();
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        }
        return outcomes;
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or none. */
    public void write(Runnable work) {
        Txn.executeWrite(dataset, work);
    }

    /**
     * Removes the graphs of the articles {@code which} selects (by article IRI and publisher) and
     * rebuilds the merged meetings, all in one transaction. Returns how many were removed.
     */
    public int removeArticles(java.util.function.BiPredicate<Node, String> which) {
        int[] removed = {0};
        write(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            java.util.List<Node> doomed = new java.util.ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(iris.articlePrefix())) {
                    String publisher = dsg.find(g, g, Vocab.schemaPublisher, Node.ANY).hasNext()
                            ? dsg.find(g, g, Vocab.schemaPublisher, Node.ANY).next().getObject().getLiteralLexicalForm() : null;
                    if (which.test(g, publisher)) {
                        doomed.add(g);
                    }
                }
            });
            doomed.forEach(g -> {
                SectionCounts.markBucketsOf(dsg, iris, g);
                dsg.removeGraph(g);
                dsg.add(MeetingMerger.pending(iris, g));
            });
            removed[0] = doomed.size();
            DerivedGraphs.update(dsg, iris);
        });
        return removed[0];
    }

    /** Compacts the store (TDB2 keeps old data generations until compacted); the store must not be in use. */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Bytes the store takes on disk, every data generation included. */
    public long diskBytes() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> {
                try {
                    return java.nio.file.Files.size(f);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) {
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    public void close() {
        // Expel from TDB2's in-process cache so that the directory (and its lock) is really let go.
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
