package org.bilateralkg.server;

import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;

/**
 * One page of a section that can grow without bound (a topic's commitments, a person's meetings).
 * Two queries per section: {@code NAME-keys.rq} picks and orders the rows, reading only what the
 * order needs; {@code NAME.rq} fills in the columns for the rows shown, and nothing else. At 100,000
 * articles a topic has thousands of commitments: filling in every one of them took seconds.
 */
final class SectionPager {
    /** The rows to show and the paging line (null when everything fits on one page). */
    record Slice(List<Binding> rows, Page.Paging paging) {
    }

    private SectionPager() {
    }

    static Slice slice(Ctx c, String pageIri, PageParams params, String sectionId, String query, Object... bindings) {
        List<Binding> keys = c.sparql.select(query + "-keys", bindings);
        int total = keys.size();
        int size = params.rows();
        int from = (int) Math.min(params.from(sectionId), Math.max(0, total - 1));
        from -= from % size;
        List<Binding> shown = keys.subList(from, Math.min(total, from + size));
        List<Binding> rows = shown.isEmpty() ? List.of() : c.sparql.selectFor(query, shown, bindings);
        if (total <= size) {
            return new Slice(rows, null);
        }
        String prev = from > 0 ? link(c, pageIri, params, sectionId, from - size) : null;
        String next = from + size < total ? link(c, pageIri, params, sectionId, from + size) : null;
        return new Slice(rows, new Page.Paging(c.t("paging", from + 1, from + shown.size(), total), prev, next));
    }

    private static String link(Ctx c, String pageIri, PageParams params, String sectionId, int from) {
        String base = c.site.page(pageIri);
        String sep = base.contains("?") ? "&" : "?";
        String rows = params.rows() == PageParams.DEFAULT_ROWS ? "" : "&rows=" + params.rows();
        return c.href(base + sep + PageParams.FROM + sectionId + "=" + from + rows + "#" + sectionId);
    }
}
