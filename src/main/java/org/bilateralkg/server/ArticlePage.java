package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.bilateralkg.rdf.Vocab;

/**
 * An article: what it is, its stored text with every evidence span highlighted (the spans asked for
 * by ?hl= stand out, and #ev-N jumps to them), and the facts drawn from it.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    record Span(String id, String iri, int start, int end, String rule) {
    }

    static void build(Ctx c, Page p, Node n, Set<String> highlight) {
        String article = n.getURI();
        p.subtitle = c.t("kind.article");
        List<Binding> meta = c.sparql.select("article-meta", "this", n);
        String body = null;
        String lang = null;
        if (!meta.isEmpty()) {
            Binding m = meta.get(0);
            body = Sparql.str(m, "body");
            lang = Sparql.str(m, "language");
            String headline = Sparql.str(m, "headline");
            if (headline != null && !headline.isBlank()) {
                p.title = headline;
                p.titleLang = okLang(lang);
            } else {
                String published = Sparql.str(m, "published");
                p.title = c.t("article.untitled", published == null ? c.t("unknown") : published, lang == null ? "?" : lang);
                p.titleLang = null;
            }
            String url = Sparql.str(m, "url");
            if (url != null) {
                p.facts.add(new Page.Fact(c.t("fact.url"), Ctx.cell(Site.isWebLink(url)
                        ? new Page.Frag("ext", url, url, null, null) : Ctx.text(url))));
            }
            fact(c, p, "col.published", Sparql.str(m, "published"));
            fact(c, p, "fact.language", lang);
            Node publisher = Sparql.node(m, "publisher");
            if (publisher != null) {
                p.facts.add(new Page.Fact(c.t("fact.publisher"), Ctx.cell(c.value(publisher))));
            }
            Node source = Sparql.node(m, "source");
            if (source != null) {
                p.facts.add(new Page.Fact(c.t("col.source"), Ctx.cell(c.value(source))));
            }
            fact(c, p, "fact.extractor", Sparql.str(m, "extractor"));
            fact(c, p, "fact.refdata", Sparql.str(m, "refdata"));
        }
        p.facts.add(new Page.Fact(c.t("fact.graph"), Ctx.cell(
                new Page.Frag("link", c.t("link.graphTurtle"), "/kg/get?graph=" + Site.query(article), null, article))));

        // Spans of evidence, each once, with the facts they support.
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Binding b : c.sparql.select("article-evidence", "this", n)) {
            String ev = Sparql.str(b, "ev");
            if (spans.containsKey(ev)) {
                continue;
            }
            String id = Ctx.evidenceId(article, ev);
            int s = (int) Sparql.num(b, "start");
            int e = (int) Sparql.num(b, "end");
            if (id != null && e >= s) {
                spans.put(ev, new Span(id, ev, s, e, Sparql.str(b, "rule")));
            }
        }
        if (body != null) {
            p.text = new Page.ArticleText(okLang(lang), segments(body, new ArrayList<>(spans.values()), highlight));
        }

        // The facts drawn from the article, by kind.
        Map<String, List<List<Page.Cell>>> byType = new LinkedHashMap<>();
        for (String t : List.of("Meeting", "Statement", "Commitment", "MultilateralEvent", "Photo")) {
            byType.put(Vocab.BKG + t, new ArrayList<>());
        }
        for (Binding b : c.sparql.select("article-facts", "this", n)) {
            String type = Sparql.str(b, "type");
            List<List<Page.Cell>> rows = byType.get(type);
            if (rows == null) {
                continue;
            }
            List<Page.Frag> summary = new ArrayList<>();
            String speaker = Sparql.str(b, "speaker");
            String country = Sparql.str(b, "country");
            String partner = Sparql.str(b, "partner");
            if (speaker != null) {
                summary.add(c.link(speaker));
                if (country != null) {
                    summary.add(Ctx.text(" ("));
                    summary.add(c.link(country));
                    summary.add(Ctx.text(")"));
                }
            } else if (country != null) {
                summary.add(c.link(country));
            }
            if (partner != null) {
                summary.add(Ctx.text(" → "));
                summary.add(c.link(partner));
            }
            String kind = Sparql.str(b, "kind");
            String stance = Sparql.str(b, "stance");
            if (stance != null) {
                summary.add(Ctx.text(" — " + Tables.stance(c, stance, Sparql.str(b, "modality"))));
            } else if (kind != null) {
                summary.add(Ctx.text(" — " + c.t("kind." + kind)));
            }
            List<String> topics = Tables.sorted(Sparql.iris(b, "topics"));
            if (!topics.isEmpty()) {
                summary.add(Ctx.text(": "));
                for (int i = 0; i < topics.size(); i++) {
                    if (i > 0) {
                        summary.add(Ctx.text(", "));
                    }
                    summary.add(c.link(topics.get(i)));
                }
            }
            if (summary.isEmpty() && Sparql.node(b, "label") != null) {
                summary.add(c.value(Sparql.node(b, "label")));
            }
            List<String> evs = Sparql.iris(b, "evs");
            TreeSet<Integer> ids = new TreeSet<>();
            List<String> other = new ArrayList<>();
            for (String ev : evs) {
                String id = Ctx.evidenceId(article, ev);
                if (id == null) {
                    continue;
                }
                try {
                    ids.add(Integer.parseInt(id));
                } catch (NumberFormatException e) {
                    other.add(id);
                }
            }
            List<Page.Frag> jump = new ArrayList<>();
            for (Integer id : ids) {
                jump.add(new Page.Frag("cite", "#" + id, c.evidenceHref(article, List.of(article + "/evidence/" + id)), null,
                        article + "/evidence/" + id));
                jump.add(Ctx.text(" "));
            }
            rows.add(List.of(Ctx.cell(c.link(Sparql.node(b, "fact"))), Ctx.cell(summary), Ctx.cell(jump)));
        }
        List<String> headers = List.of(c.t("col.fact"), c.t("col.what"), c.t("col.evidence"));
        byType.forEach((type, rows) -> {
            if (!rows.isEmpty()) {
                String local = type.substring(Vocab.BKG.length());
                p.sections.add(Tables.section(c, "facts-" + local.toLowerCase(java.util.Locale.ROOT),
                        c.t("section.facts." + local), headers, rows));
            }
        });
    }

    private static void fact(Ctx c, Page p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.facts.add(new Page.Fact(c.t(key), Ctx.cell(Ctx.text(value))));
        }
    }

    static String okLang(String lang) {
        return lang != null && lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : null;
    }

    /**
     * Cuts the text at every span boundary (offsets are Unicode code points into the stored text)
     * so that each stretch is covered by a fixed set of spans.
     */
    static List<Page.Seg> segments(String body, List<Span> spans, Set<String> highlight) {
        int[] cps = body.codePoints().toArray();
        int len = cps.length;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, len));
        for (Span s : spans) {
            cuts.add(Math.max(0, Math.min(len, s.start())));
            cuts.add(Math.max(0, Math.min(len, s.end())));
        }
        List<Page.Seg> out = new ArrayList<>();
        Set<String> anchored = new java.util.HashSet<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                int b = cut;
                List<String> anchors = new ArrayList<>();
                List<String> rules = new ArrayList<>();
                boolean marked = false;
                boolean selected = false;
                for (Span s : spans) {
                    if (s.start() <= a && s.end() >= b) {
                        marked = true;
                        if (highlight.contains(s.id())) {
                            selected = true;
                        }
                        if (s.rule() != null && !rules.contains(s.rule())) {
                            rules.add(s.rule());
                        }
                    }
                    if (Math.min(len, s.start()) == a && anchored.add(s.id())) {
                        anchors.add("ev-" + s.id());
                    }
                }
                out.add(new Page.Seg(new String(cps, a, b - a), marked, selected, anchors,
                        rules.isEmpty() ? null : String.join(", ", rules)));
            }
            prev = cut;
        }
        // Spans that start at the very end (empty) still get an anchor.
        List<String> rest = new ArrayList<>();
        for (Span s : spans) {
            if (anchored.add(s.id())) {
                rest.add("ev-" + s.id());
            }
        }
        if (!rest.isEmpty()) {
            out.add(new Page.Seg("", false, false, rest, null));
        }
        return out;
    }
}
