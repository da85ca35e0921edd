package org.bilateralkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.bilateralkg.rdf.Iris;

/**
 * The graphs computed from the articles, brought up to date in order after every ingest or removal:
 * the canonical meetings ({@link MeetingMerger}), the reported posts ({@link ReportedPosts}), and
 * the page index counts ({@link SectionCounts}). Each reads the marks in derived/pending that the
 * writes left; the marks are cleared once all have run, in the same transaction, so a crash on the
 * way leaves them for the next run.
 */
public final class DerivedGraphs {
    private DerivedGraphs() {
    }

    /** Recomputes what the marked articles touch. Must run inside a write transaction. Returns the canonical meetings. */
    public static int update(DatasetGraph dsg, Iris iris) {
        int meetings = MeetingMerger.update(dsg, iris);
        ReportedPosts.update(dsg, iris);
        SectionCounts.update(dsg, iris);
        dsg.removeGraph(MeetingMerger.pendingGraph(iris));
        return meetings;
    }

    /** Recomputes everything. Must run inside a write transaction. Returns the canonical meetings. */
    public static int rebuild(DatasetGraph dsg, Iris iris) {
        int meetings = MeetingMerger.rebuild(dsg, iris);
        ReportedPosts.rebuild(dsg, iris);
        SectionCounts.rebuild(dsg, iris);
        dsg.removeGraph(MeetingMerger.pendingGraph(iris));
        return meetings;
    }
}
