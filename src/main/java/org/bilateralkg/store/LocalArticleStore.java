package org.bilateralkg.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.bilateralkg.rdf.Iris;

/** The embedded TDB2 store as the destination of an ingest. */
public final class LocalArticleStore implements ArticleStore {
    private final KgStore store;

    public LocalArticleStore(KgStore store) {
        this.store = store;
    }

    @Override
    public Iris iris() {
        return store.iris();
    }

    @Override
    public boolean ensureReference(String version, Supplier<Map<Node, Graph>> graphs) {
        return store.ensureReference(version, graphs);
    }

    @Override
    public List<PutOutcome> putAll(List<Node> names, List<Graph> graphs, boolean force) {
        return store.putAll(names, graphs, force);
    }

    @Override
    public int rebuildDerived() {
        int[] meetings = {0};
        store.write(() -> meetings[0] = DerivedGraphs.update(store.dataset().asDatasetGraph(), store.iris()));
        return meetings[0];
    }
}
