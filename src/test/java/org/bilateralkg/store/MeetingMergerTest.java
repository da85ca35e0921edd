package org.bilateralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.bilateralkg.it.SeedStore;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;
import org.bilateralkg.synth.SynthGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge after an ingest recomputes only the meetings the changed articles touch: after every
 * step (new articles, articles that changed, articles removed) the derived graph must be exactly
 * what recomputing everything gives.
 */
class MeetingMergerTest {

    @Test
    void updatingGivesWhatRebuildingGives(@TempDir Path dir) throws Exception {
        // Synthetic pairs (the same news in Hindi and English) are reports of one meeting from two articles.
        List<Path> files = corpus(dir, 240, 3);
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, files.subList(0, 200), null, "auto", false);
            int merged = sameAsRebuild(store);
            assertTrue(merged > 60, "meetings: " + merged);

            // 40 more (under a fifth of the store, so the ingest's merge recomputes only their dates and countries).
            SeedStore.ingest(store, files.subList(200, 240), null, "auto", false);
            assertTrue(sameAsRebuild(store) > merged);

            // Articles that changed: a pair's English half now tells a different meeting, or none.
            List<Path> changed = new ArrayList<>();
            for (Path f : files.subList(0, 30)) {
                if (f.getFileName().toString().endsWith("-en.jsonl")) {
                    Path g = dir.resolve("changed").resolve(f.getFileName());
                    Files.createDirectories(g.getParent());
                    Files.writeString(g, Files.readString(f).replace("\"text\": \"", "\"text\": \"Updated. ")
                            .replaceAll("(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)",
                                    "2 $2"));
                    changed.add(g);
                }
            }
            SeedStore.ingest(store, changed, null, "auto", false);
            sameAsRebuild(store);

            // Articles removed (about one in ten): their reports leave the meetings they were merged into.
            int removed = store.removeArticles((g, publisher) -> Math.floorMod(g.getURI().hashCode(), 10) == 0);
            assertTrue(removed > 5, "removed " + removed);
            sameAsRebuild(store);
        }
    }

    @Test
    void articlesStoredButNotYetMergedAreMergedByTheNextUpdate(@TempDir Path dir) throws Exception {
        List<Path> files = corpus(dir, 120, 4);
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            SeedStore.ingest(store, files.subList(0, 110), null, "auto", false);
            // As if the process died after a batch was stored and before the merge ran.
            Path tail = dir.resolve("tail");
            SeedStore.ingest(SeedStore.open(tail), files.subList(110, 120), null, "auto", false);
        }
        try (KgStore store = SeedStore.open(dir.resolve("db"));
             KgStore tail = SeedStore.open(dir.resolve("tail"))) {
            List<Node> names = new ArrayList<>();
            List<Graph> graphs = new ArrayList<>();
            Txn.executeRead(tail.dataset(), () -> tail.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(tail.iris().articlePrefix())) {
                    names.add(g);
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    tail.dataset().asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                    graphs.add(copy);
                }
            }));
            store.putAll(names, graphs, false);
            Txn.executeRead(store.dataset(), () -> assertTrue(
                    store.dataset().asDatasetGraph().find(MeetingMerger.pendingGraph(store.iris()), Node.ANY, Vocab.awaitsMerge, Node.ANY).hasNext(),
                    "stored articles are marked in their own transaction"));
            Txn.executeRead(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                long marked = Iter.count(dsg.find(MeetingMerger.pendingGraph(store.iris()), Node.ANY, Vocab.awaitsCount, Node.ANY));
                long buckets = Iter.asStream(dsg.find(SectionIndex.graphName(store.iris()), Node.ANY, Vocab.contents, Node.ANY))
                        .mapToLong(q -> SectionIndex.readContents(q.getSubject(), q.getObject().getLiteralLexicalForm()).size()).sum();
                // Few enough that the next update recounts only these: the path under test.
                assertTrue(marked > 0 && marked < 0.2 * buckets, marked + " buckets marked of " + buckets);
            });
        }
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            sameAsRebuild(store);
            Txn.executeRead(store.dataset(), () -> assertFalse(store.dataset().asDatasetGraph()
                    .containsGraph(MeetingMerger.pendingGraph(store.iris())), "the marks are cleared by the merge"));
        }
    }

    /** The article files of a synthetic corpus of {@code n} articles, in name order. */
    private static List<Path> corpus(Path dir, int n, long seed) throws Exception {
        Path corpus = dir.resolve("corpus");
        new SynthGenerator(SeedStore.reference()).write(new SynthGenerator.Options(n, List.of("hi", "en"), seed, 2), corpus, i -> { });
        try (Stream<Path> s = Files.list(corpus.resolve("articles"))) {
            return s.sorted().toList();
        }
    }

    /** The summaries of derived/posts, one line each (they are blank nodes: compared by content). */
    private static List<String> reportedPosts(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node g = ReportedPosts.graphName(store.iris());
        List<String> out = new ArrayList<>();
        dsg.find(g, Node.ANY, Vocab.postHolder, Node.ANY).forEachRemaining(q -> {
            StringBuilder line = new StringBuilder("posts");
            for (Node p : List.of(Vocab.postHolder, Vocab.inPost, Vocab.onBehalfOf, Vocab.firstReported, Vocab.lastReported,
                    Vocab.articleCount, Vocab.provWasDerivedFrom)) {
                dsg.find(g, q.getSubject(), p, Node.ANY).forEachRemaining(v -> line.append(' ').append(v.getObject()));
            }
            out.add(line.toString());
        });
        return out;
    }

    /**
     * The derived graphs as the last ingest or removal left them (updated in part), against a full
     * rebuild: the same merged meetings, and the same bucket counts of the page index. Returns the
     * number of meetings.
     */
    private static int sameAsRebuild(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<Node> names = List.of(MeetingMerger.graphName(store.iris()), SectionIndex.graphName(store.iris()));
        int[] counts = new int[2];
        Set<String> updated = new TreeSet<>();
        store.write(() -> {
            counts[0] = DerivedGraphs.update(dsg, store.iris());
            names.forEach(name -> dsg.getGraph(name).find().forEachRemaining(t -> updated.add(name + " " + t)));
            updated.addAll(reportedPosts(store));
        });
        Set<String> rebuilt = new TreeSet<>();
        store.write(() -> {
            counts[1] = DerivedGraphs.rebuild(dsg, store.iris());
            names.forEach(name -> dsg.getGraph(name).find().forEachRemaining(t -> rebuilt.add(name + " " + t)));
            rebuilt.addAll(reportedPosts(store));
        });
        assertEquals(counts[1], counts[0]);
        assertTrue(rebuilt.stream().anyMatch(t -> t.contains(Vocab.contents.getURI())), "the page index has counts");
        assertTrue(rebuilt.stream().anyMatch(t -> t.startsWith("posts ")), "people have reported posts");
        Set<String> missing = new TreeSet<>(rebuilt);
        missing.removeAll(updated);
        Set<String> extra = new TreeSet<>(updated);
        extra.removeAll(rebuilt);
        assertEquals(Set.of(), missing, "in the rebuild, not in the update (extra in the update: " + extra + ")");
        assertEquals(Set.of(), extra, "in the update, not in the rebuild");
        return counts[0];
    }
}
