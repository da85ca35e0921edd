package org.bilateralkg.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.rdf.SectionIndex;

/** The home page (counts and ways in) and the search over labels in any script. */
final class HomePages {
    static final int SEARCH_RESULTS = 50;

    private HomePages() {
    }

    /** How many rows a section of everything of a kind holds. */
    private static long total(Ctx c, String section) {
        Node index = SectionIndex.sectionNode(c.site.iris(), SectionIndex.Section.byId(section).orElseThrow());
        long n = 0;
        for (Binding b : c.sparql.select("section-contents", "index", index)) {
            n += SectionIndex.readContents(index, Sparql.str(b, "contents")).stream().mapToLong(SectionIndex.Bucket::entries).sum();
        }
        return n;
    }

    /** A section's directory: entity path (under {@code <base>id/}) to rows. */
    private static Map<String, Long> readDirectory(Ctx c, String section) {
        Node node = SectionIndex.sectionNode(c.site.iris(), SectionIndex.Section.byId(section).orElseThrow());
        Map<String, Long> out = new LinkedHashMap<>();
        for (Binding b : c.sparql.select("section-directory", "section", node)) {
            out.putAll(SectionIndex.readDirectory(Sparql.str(b, "directory")));
        }
        return out;
    }

    /** The entities of kind {@code prefix} ("person/") with rows in any of these sections. */
    private static java.util.Set<String> entities(Map<String, Map<String, Long>> dirs, String prefix, String... sections) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String s : sections) {
            dirs.get(s).keySet().stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
        }
        return out;
    }

    /** The {@code limit} entities with most rows in the first section, then the second: a row each with both counts. */
    private static List<List<Page.Cell>> ranked(Ctx c, Map<String, Map<String, Long>> dirs, String prefix, int limit,
                                                String first, String second) {
        Map<String, Long> a = dirs.get(first);
        Map<String, Long> b = dirs.get(second);
        java.util.Set<String> all = new java.util.HashSet<>();
        a.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(all::add);
        b.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(all::add);
        List<List<Page.Cell>> rows = new ArrayList<>();
        all.stream().sorted(Comparator.comparing((String k) -> -a.getOrDefault(k, 0L))
                        .thenComparing(k -> -b.getOrDefault(k, 0L)).thenComparing(k -> k))
                .limit(limit)
                .forEach(k -> rows.add(List.of(Ctx.cell(c.link(NodeFactory.createURI(c.site.idPrefix() + k))),
                        Ctx.cell(Ctx.text(String.valueOf(a.getOrDefault(k, 0L)))),
                        Ctx.cell(Ctx.text(String.valueOf(b.getOrDefault(k, 0L)))))));
        return rows;
    }

    static Page home(Ctx c, List<String> cannedQueries) {
        Page p = new Page();
        p.home = true;
        p.kind = "home";
        p.title = c.t("site.name");
        p.subtitle = c.t("home.tagline");
        // Every figure and list here comes from the page index (tables of contents and section
        // directories): counting and ordering the whole store took 13 s a view at 100,000 articles.
        Map<String, Map<String, Long>> dirs = new java.util.HashMap<>();
        for (String s : List.of("person-statements", "person-meetings", "person-commitments", "country-meetings",
                "country-commitments", "country-statements", "topic-commitments", "topic-statements")) {
            dirs.put(s, readDirectory(c, s));
        }
        Map<String, Long> stats = new LinkedHashMap<>();
        stats.put("articles", total(c, "all-articles"));
        stats.put("meetings", total(c, "all-meetings"));
        stats.put("statements", total(c, "all-statements"));
        stats.put("commitments", total(c, "all-commitments"));
        stats.put("people", (long) entities(dirs, "person/", "person-statements", "person-meetings", "person-commitments").size());
        stats.put("countries", (long) entities(dirs, "country/", "country-meetings", "country-commitments", "country-statements").size());
        stats.forEach((k, v) -> p.stats.add(new Page.Stat(c.t("stat." + k), String.valueOf(v), "#" + k)));

        p.sections.add(Tables.meetings(c, "meetings", c.t("section.recentMeetings"),
                SectionPager.top(c, "all-meetings", "recent-meetings", 20), null));

        p.sections.add(Tables.section(c, "countries", c.t("section.countries"),
                List.of(c.t("col.country"), c.t("col.meetings"), c.t("col.commitments")),
                ranked(c, dirs, "country/", 100, "country-meetings", "country-commitments")));
        p.sections.add(Tables.section(c, "people", c.t("section.people"),
                List.of(c.t("col.person"), c.t("col.statements"), c.t("col.meetings")),
                ranked(c, dirs, "person/", 50, "person-statements", "person-meetings")));
        p.sections.add(Tables.section(c, "topics", c.t("section.topics"),
                List.of(c.t("col.topic"), c.t("col.commitments"), c.t("col.statements")),
                ranked(c, dirs, "topic/", 100, "topic-commitments", "topic-statements")));

        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Binding b : SectionPager.top(c, "all-articles", "home-articles", 20)) {
            Node a = Sparql.node(b, "article");
            String headline = Sparql.str(b, "headline");
            Page.Frag link = headline == null || headline.isBlank() ? c.link(a)
                    : new Page.Frag("link", headline, c.pageHref(a.getURI()), ArticlePage.okLang(Sparql.str(b, "language")), a.getURI());
            rows.add(List.of(Ctx.cell(link), Ctx.cell(Ctx.text(Sparql.str(b, "published"))),
                    Ctx.cell(Ctx.text(Sparql.str(b, "language")))));
        }
        p.sections.add(Tables.section(c, "articles", c.t("section.articles"),
                List.of(c.t("col.article"), c.t("col.published"), c.t("fact.language")), rows));

        List<Page.Link> research = new ArrayList<>();
        research.add(Page.Link.of(c.t("link.ui"), "/ui/#/dataset/kg/query"));
        research.add(Page.Link.of(c.t("link.endpoint") + " /kg/sparql", "/kg/sparql"));
        research.add(Page.Link.of(c.t("link.void"), "/.well-known/void"));
        for (String q : cannedQueries) {
            research.add(Page.Link.of(c.t("link.canned", q), "/queries/" + q + ".rq"));
        }
        p.sections.add(new Page.Section("research", c.t("section.research"), c.t("note.research"), null, research, null));
        return p;
    }

    record Hit(Node s, int score, String matched, String matchedLang) {
    }

    static Page search(Ctx c, String query) {
        Page p = new Page();
        p.kind = "search";
        String q = normalise(query == null ? "" : query);
        p.searchQuery = query == null ? "" : query;
        p.title = q.isEmpty() ? c.t("search.title") : c.t("search.titleFor", query.strip());
        if (q.isEmpty()) {
            p.sections.add(new Page.Section("results", c.t("search.results"), c.t("search.hint"), null, null, null));
            return p;
        }
        Map<Node, Hit> hits = new LinkedHashMap<>();
        for (Binding b : c.sparql.select("search", "q", NodeFactory.createLiteralString(q))) {
            Node s = Sparql.node(b, "s");
            Node label = Sparql.node(b, "label");
            if (s == null || !s.isURI() || label == null || !label.isLiteral()) {
                continue;
            }
            String text = label.getLiteralLexicalForm();
            int score = score(normalise(text), q);
            if (SKOS.prefLabel.getURI().equals(Sparql.str(b, "p"))) {
                score -= 1;
            }
            Hit old = hits.get(s);
            if (old == null || score < old.score()) {
                String l = label.getLiteralLanguage();
                hits.put(s, new Hit(s, score, text, l == null || l.isEmpty() ? null : l));
            }
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingInt(Hit::score).thenComparing(h -> h.matched().length())
                .thenComparing(h -> h.s().getURI()));
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Hit h : ranked.subList(0, Math.min(SEARCH_RESULTS, ranked.size()))) {
            List<String> types = new ArrayList<>();
            for (Binding b : c.sparql.select("types", "this", h.s())) {
                String t = Sparql.str(b, "type");
                if (t != null && t.startsWith(org.bilateralkg.rdf.Vocab.BKG)) {
                    types.add(t);
                }
            }
            rows.add(List.of(Ctx.cell(c.link(h.s())), c.links(types), Ctx.cell(Ctx.text(h.matched(), h.matchedLang())),
                    Ctx.cell(Ctx.code(h.s().getURI()))));
        }
        String note = ranked.size() > SEARCH_RESULTS ? c.t("search.more", SEARCH_RESULTS, ranked.size()) : null;
        p.sections.add(new Page.Section("results", c.t("search.results"), note,
                rows.isEmpty() ? null : new Page.Table(List.of(c.t("col.result"), c.t("col.type"), c.t("col.matched"), c.t("col.iri")), rows),
                null, rows.isEmpty() ? c.t("search.none") : null));
        return p;
    }

    /** Lower case, NFC: the same word typed with composed or decomposed characters matches. */
    static String normalise(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** 0 exact, 1 prefix, 2 word prefix, 3 anywhere (the query is all on the label). */
    private static int score(String label, String q) {
        if (label.equals(q)) {
            return 0;
        }
        if (label.startsWith(q)) {
            return 10;
        }
        if (label.contains(" " + q) || label.contains("-" + q)) {
            return 20;
        }
        return 30;
    }
}
