package org.bilateralkg.store;

/** What storing an article graph did. */
public enum PutOutcome {
    /** The article was new. */
    ADDED,
    /** Its text, metadata, extractor or reference data changed (or --force): the graph was replaced. */
    REPLACED,
    /** Same content, extractor and reference data: nothing to do. */
    UNCHANGED
}
