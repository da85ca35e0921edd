package org.bilateralkg.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.bilateralkg.rdf.Iris;

/**
 * Where the ingest pipeline sends what it extracted: the local TDB2 store ({@link LocalArticleStore})
 * or a running server ({@code org.bilateralkg.remote.RemoteArticleStore}). Reading and extraction are
 * the same either way; only this side differs. Every call is all-or-nothing on the store it writes to.
 */
public interface ArticleStore {
    /** Where entity, article and graph IRIs are minted. */
    Iris iris();

    /** Replaces the reference graphs when the version stored differs from {@code version}; true if it did. */
    boolean ensureReference(String version, Supplier<Map<Node, Graph>> graphs);

    /**
     * Stores a batch of article graphs, each named by its article IRI, in one transaction: unchanged
     * articles (same content hash, extractor version and reference-data version) are left alone unless
     * {@code force}, changed ones replaced whole. Returns one outcome per graph, in order.
     */
    List<PutOutcome> putAll(List<Node> names, List<Graph> graphs, boolean force);

    /** Brings the derived graph of merged meetings up to date with the stored reports; returns how many meetings it holds. */
    int rebuildDerived();
}
