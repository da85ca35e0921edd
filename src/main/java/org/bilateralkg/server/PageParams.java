package org.bilateralkg.server;

import java.util.Map;
import java.util.Set;

/**
 * What a page request asks for beyond the resource: where the inverse links start, which evidence
 * to highlight, where each long section starts ({@code ?from-SECTION=N}) and how many rows a long
 * section shows ({@code ?rows=N}, 50 unless asked, between 5 and 500).
 */
record PageParams(long inverseOffset, Set<String> highlight, Map<String, Long> sectionFrom, int rows) {
    static final String FROM = "from-";
    static final int DEFAULT_ROWS = 50;

    PageParams {
        rows = rows <= 0 ? DEFAULT_ROWS : Math.max(5, Math.min(500, rows));
    }

    /** The first row (0-based) of section {@code id} to show. */
    long from(String id) {
        return Math.max(0, sectionFrom.getOrDefault(id, 0L));
    }
}
