package org.bilateralkg.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.bilateralkg.ingest.InputProblem;

/** What an ingest run did, for the closing summary and the exit code. */
public final class IngestSummary {
    int added;
    int replaced;
    int unchanged;
    int meetings;
    int statements;
    int commitments;
    int canonicalMeetings;
    final List<InputProblem> failures = new ArrayList<>();
    /** "file: language 'fr'" for articles stored without extraction. */
    final List<String> noLexicon = new ArrayList<>();

    public int added() {
        return added;
    }

    public int replaced() {
        return replaced;
    }

    public int unchanged() {
        return unchanged;
    }

    public int ingested() {
        return added + replaced;
    }

    public List<InputProblem> failures() {
        return failures;
    }

    public List<String> noLexicon() {
        return noLexicon;
    }

    public int canonicalMeetings() {
        return canonicalMeetings;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("ingested ").append(ingested()).append(" (new ").append(added).append(", replaced ").append(replaced)
                .append("), skipped ").append(unchanged).append(" (unchanged), failed ").append(failures.size());
        sb.append("; extracted ").append(meetings).append(" meeting reports, ").append(statements)
                .append(" statements, ").append(commitments).append(" commitments; ")
                .append(canonicalMeetings).append(" meetings in the store after merging reports");
        return sb.toString();
    }
}
