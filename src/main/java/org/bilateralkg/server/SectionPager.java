package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.bilateralkg.rdf.SectionIndex;

/**
 * One page of a section that can grow without bound (a topic's commitments, a person's meetings).
 * Every row of such a section is listed in a month bucket of the section's index (see
 * {@link SectionIndex}), and the store keeps each bucket's count. A page reads the counts
 * (the index's table of contents, {@code section-contents.rq}), picks the buckets that hold its rows, has
 * {@code NAME-keys.rq} order the rows of those buckets only, and {@code NAME.rq} fill in the columns
 * of the rows shown. At 100,000 articles, ordering all of a topic's 5,000 commitments took
 * hundreds of milliseconds a request; the buckets of one page hold a few dozen.
 */
final class SectionPager {
    /** The rows to show and the paging line (null when everything fits on one page). */
    record Slice(List<Binding> rows, Page.Paging paging) {
    }

    /** A bucket of a section's index and how many rows it lists. */
    private record Bucket(String query, Node bucket, String period, long entries) {
    }

    private SectionPager() {
    }

    /**
     * One page of section {@code sectionId} of the page at {@code basePath} ({@code c.site.page(iri)},
     * or a pair's path). {@code query} names the section's queries and its index; {@code bindings}
     * (?this, or ?a and ?b) name its entity.
     */
    static Slice slice(Ctx c, String basePath, PageParams params, String sectionId, String query, Object... bindings) {
        List<Bucket> buckets = buckets(c, query, bindings);
        long total = buckets.stream().mapToLong(Bucket::entries).sum();
        int size = params.rows();
        int from = firstRow(params, sectionId, total);
        Cut cut = cut(buckets, from, size);
        List<Binding> shown = shownKeys(c, query, cut, size, bindings);
        List<Binding> rows = shown.isEmpty() ? List.of() : c.sparql.selectFor(query, shown, bindings);
        if (total <= size) {
            return new Slice(rows, null);
        }
        return new Slice(rows, paging(c, basePath, params, sectionId, from, shown.size(), total));
    }

    /** The first {@code n} rows of a section of everything of a kind ({@code all-meetings}), filled in by {@code details}. */
    static List<Binding> top(Ctx c, String section, String details, int n) {
        List<Binding> shown = shownKeys(c, section, cut(buckets(c, section), 0, n), n);
        return shown.isEmpty() ? List.of() : c.sparql.selectFor(details, shown);
    }

    /** One page of a timeline whose rows come from several queries (a pair's meetings and commitments). */
    record TimelineSlice(Map<String, List<Binding>> rows, Page.Paging paging) {
    }

    /**
     * A timeline drawn from several sections, newest first: the buckets of all of them are ordered
     * by month together, and each {@code NAME-keys.rq} gives the keys of its buckets of the page with
     * their {@code ?bucket} and a {@code ?sortDate}; those are ordered together, cut, and {@code NAME.rq}
     * fills in its own rows of the page.
     */
    static TimelineSlice timeline(Ctx c, String basePath, PageParams params, String sectionId, List<String> queries,
                                  Object... bindings) {
        record Key(String query, String period, String date, Binding binding) {
        }
        List<Bucket> buckets = new ArrayList<>();
        for (String q : queries) {
            buckets.addAll(buckets(c, q, bindings));
        }
        // A month's rows of different sections interleave by date: a page takes whole months.
        buckets.sort(Comparator.comparing(Bucket::period, SectionIndex.NEWEST_FIRST).thenComparing(Bucket::query));
        long total = buckets.stream().mapToLong(Bucket::entries).sum();
        int size = params.rows();
        int from = firstRow(params, sectionId, total);
        Map<String, List<Bucket>> months = new LinkedHashMap<>();
        buckets.forEach(b -> months.computeIfAbsent(String.valueOf(b.period()), k -> new ArrayList<>()).add(b));
        Cut cut = cutUnits(new ArrayList<>(months.values()), from, size);
        Var sortDate = Var.alloc("sortDate");
        List<Key> keys = new ArrayList<>();
        for (String q : queries) {
            List<Bucket> mine = cut.buckets().stream().filter(b -> b.query().equals(q)).toList();
            for (Binding b : mine.isEmpty() ? List.<Binding>of() : keys(c, q, mine, bindings)) {
                Node d = b.get(sortDate);
                keys.add(new Key(q, period(b), d == null ? "" : d.getLiteralLexicalForm(), without(b, sortDate, BUCKET)));
            }
        }
        keys.sort(Comparator.comparing(Key::period, SectionIndex.NEWEST_FIRST)
                .thenComparing(Comparator.comparing(Key::date).reversed())
                .thenComparing(Key::query)
                .thenComparing(k -> k.binding().toString()));
        List<Key> shown = keys.subList(Math.min(cut.skip(), keys.size()), Math.min(keys.size(), cut.skip() + size));
        Map<String, List<Binding>> rows = new LinkedHashMap<>();
        for (String q : queries) {
            List<Binding> mine = shown.stream().filter(k -> k.query().equals(q)).map(Key::binding).toList();
            rows.put(q, mine.isEmpty() ? List.of() : c.sparql.selectFor(q, mine, bindings));
        }
        return new TimelineSlice(rows, total <= size ? null : paging(c, basePath, params, sectionId, from, shown.size(), total));
    }

    /** The keys of the {@code size} rows of a cut, in the section's order, without their buckets. */
    private static List<Binding> shownKeys(Ctx c, String query, Cut cut, int size, Object... bindings) {
        List<Binding> keys = new ArrayList<>(cut.buckets().isEmpty() ? List.of() : keys(c, query, cut.buckets(), bindings));
        // The query orders the rows within a month; months go newest first (a stable sort keeps the rest).
        keys.sort(Comparator.comparing(SectionPager::period, SectionIndex.NEWEST_FIRST));
        return keys.subList(Math.min(cut.skip(), keys.size()), Math.min(keys.size(), cut.skip() + size))
                .stream().map(k -> without(k, BUCKET)).toList();
    }

    /** The buckets that hold rows {@code from} to {@code from + size}, and how many rows of the first come before the page. */
    private record Cut(List<Bucket> buckets, int skip) {
    }

    /** Cuts a section: each bucket is ordered on its own. */
    private static Cut cut(List<Bucket> buckets, int from, int size) {
        return cutUnits(buckets.stream().map(List::of).toList(), from, size);
    }

    /** Cuts ordered units of buckets whose rows are ordered together (one bucket, or one month of a timeline). */
    private static Cut cutUnits(List<List<Bucket>> units, int from, int size) {
        List<Bucket> chosen = new ArrayList<>();
        long start = 0;
        int skip = 0;
        for (List<Bucket> unit : units) {
            long end = start + unit.stream().mapToLong(Bucket::entries).sum();
            if (end > from && start < from + size) {
                if (chosen.isEmpty()) {
                    skip = (int) (from - start);
                }
                chosen.addAll(unit);
            }
            start = end;
        }
        return new Cut(chosen, skip);
    }

    /** The buckets of section {@code query}'s index for the entity in {@code bindings}, newest first. */
    private static List<Bucket> buckets(Ctx c, String query, Object... bindings) {
        Node index = index(c, query, bindings);
        List<Bucket> out = new ArrayList<>();
        for (Binding b : c.sparql.select("section-contents", "index", index)) {
            for (SectionIndex.Bucket x : SectionIndex.readContents(index, Sparql.str(b, "contents"))) {
                out.add(new Bucket(query, x.bucket(), x.period(), x.entries()));
            }
        }
        out.sort(Comparator.comparing(Bucket::period, SectionIndex.NEWEST_FIRST));
        return out;
    }

    /** The keys of the rows in {@code buckets}, in the section's order. */
    private static List<Binding> keys(Ctx c, String query, List<Bucket> buckets, Object... bindings) {
        List<Binding> values = buckets.stream().map(b -> Binding.builder().add(BUCKET, b.bucket()).build()).toList();
        Object[] withIndex = Arrays.copyOf(bindings, bindings.length + 2);
        withIndex[bindings.length] = "index";
        withIndex[bindings.length + 1] = index(c, query, bindings);
        return c.sparql.selectFor(query + "-keys", values, withIndex);
    }

    private static final Var BUCKET = Var.alloc("bucket");

    /** The month of the bucket a key row came from (null: undated). */
    private static String period(Binding key) {
        return SectionIndex.periodOf(key.get(BUCKET)).orElse(null);
    }

    /** The row without the columns that only ordered it. */
    private static Binding without(Binding b, Var... vars) {
        List<Var> drop = List.of(vars);
        BindingBuilder out = Binding.builder();
        b.vars().forEachRemaining(v -> {
            if (!drop.contains(v)) {
                out.add(v, b.get(v));
            }
        });
        return out.build();
    }

    private static Node index(Ctx c, String query, Object... bindings) {
        SectionIndex.Section section = SectionIndex.Section.byId(query)
                .orElseThrow(() -> new IllegalArgumentException("no index for section " + query));
        Node[] entities = new Node[bindings.length / 2];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = (Node) bindings[2 * i + 1];
        }
        return SectionIndex.index(c.site.iris(), section, entities);
    }

    /** The first row of the page asked for: on a page boundary, and on the last page when asked past the end. */
    private static int firstRow(PageParams params, String sectionId, long total) {
        int from = (int) Math.min(params.from(sectionId), Math.max(0, total - 1));
        return from - from % params.rows();
    }

    private static Page.Paging paging(Ctx c, String basePath, PageParams params, String sectionId, int from, int shown, long total) {
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
