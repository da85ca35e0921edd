package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

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

    /** One page of section {@code sectionId} of the page at {@code basePath} ({@code c.site.page(iri)}, or a pair's path). */
    static Slice slice(Ctx c, String basePath, PageParams params, String sectionId, String query, Object... bindings) {
        List<Binding> keys = c.sparql.select(query + "-keys", bindings);
        int total = keys.size();
        int size = params.rows();
        int from = firstRow(params, sectionId, total);
        List<Binding> shown = keys.subList(from, Math.min(total, from + size));
        List<Binding> rows = shown.isEmpty() ? List.of() : c.sparql.selectFor(query, shown, bindings);
        if (total <= size) {
            return new Slice(rows, null);
        }
        return new Slice(rows, paging(c, basePath, params, sectionId, from, shown.size(), total));
    }

    /** One page of a timeline whose rows come from several queries (a pair's meetings and commitments). */
    record TimelineSlice(Map<String, List<Binding>> rows, Page.Paging paging) {
    }

    /**
     * A timeline drawn from several queries, newest first: each {@code NAME-keys.rq} gives its keys
     * and a {@code ?sortDate}; the keys of all of them are ordered together, cut into pages, and
     * {@code NAME.rq} fills in its own rows of the page.
     */
    static TimelineSlice timeline(Ctx c, String basePath, PageParams params, String sectionId, List<String> queries,
                                  Object... bindings) {
        record Key(String query, String date, Binding binding) {
        }
        Var sortDate = Var.alloc("sortDate");
        List<Key> keys = new ArrayList<>();
        for (String q : queries) {
            for (Binding b : c.sparql.select(q + "-keys", bindings)) {
                Node d = b.get(sortDate);
                BindingBuilder key = Binding.builder();
                b.vars().forEachRemaining(v -> {
                    if (!v.equals(sortDate)) {
                        key.add(v, b.get(v));
                    }
                });
                keys.add(new Key(q, d == null ? "" : d.getLiteralLexicalForm(), key.build()));
            }
        }
        keys.sort(Comparator.comparing(Key::date).reversed().thenComparing(Key::query));
        int total = keys.size();
        int size = params.rows();
        int from = firstRow(params, sectionId, total);
        List<Key> shown = keys.subList(from, Math.min(total, from + size));
        Map<String, List<Binding>> rows = new LinkedHashMap<>();
        for (String q : queries) {
            List<Binding> mine = shown.stream().filter(k -> k.query().equals(q)).map(Key::binding).toList();
            rows.put(q, mine.isEmpty() ? List.of() : c.sparql.selectFor(q, mine, bindings));
        }
        return new TimelineSlice(rows, total <= size ? null : paging(c, basePath, params, sectionId, from, shown.size(), total));
    }

    /** The first row of the page asked for: on a page boundary, and on the last page when asked past the end. */
    private static int firstRow(PageParams params, String sectionId, int total) {
        int from = (int) Math.min(params.from(sectionId), Math.max(0, total - 1));
        return from - from % params.rows();
    }

    private static Page.Paging paging(Ctx c, String basePath, PageParams params, String sectionId, int from, int shown, int total) {
        int size = params.rows();
        String prev = from > 0 ? link(c, basePath, params, sectionId, from - size) : null;
        String next = from + size < total ? link(c, basePath, params, sectionId, from + size) : null;
        return new Page.Paging(c.t("paging", from + 1, from + shown, total), prev, next);
    }

    private static String link(Ctx c, String base, PageParams params, String sectionId, int from) {
        String sep = base.contains("?") ? "&" : "?";
        String rows = params.rows() == PageParams.DEFAULT_ROWS ? "" : "&rows=" + params.rows();
        return c.href(base + sep + PageParams.FROM + sectionId + "=" + from + rows + "#" + sectionId);
    }
}
