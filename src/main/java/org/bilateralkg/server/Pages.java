package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.rdf.Vocab;

/**
 * Builds the page of any resource: a story for countries, people, meetings, topics and articles,
 * and for every resource the generic part (types, properties as links, inverse links with paging,
 * evidence quotes). Runs inside a read transaction.
 */
final class Pages {
    static final int INVERSE_PAGE = 50;
    /** incoming-count.rq counts up to one more than this. */
    private static final int INCOMING_COUNTED = 1000;
    /** Statements about a resource read for its page (a minister is the subject of thousands, one per article). */
    private static final int MAX_OUTGOING = 5000;
    /** Graph links shown after one value. */
    private static final int MAX_GRAPH_LINKS = 5;
    static final int MAX_VALUES = 500;

    private Pages() {
    }

    /** The page of {@code n}, or null when the store knows nothing of it. */
    static Page resource(Ctx c, Node n, PageParams params) {
        if (!c.sparql.ask("exists", "this", n)) {
            return null;
        }
        Page p = new Page();
        p.iri = n.getURI();
        Labels.Label l = c.labels.label(n);
        p.title = l.text();
        p.titleLang = l.lang();
        List<Node> types = new ArrayList<>();
        for (Binding b : c.sparql.select("types", "this", n)) {
            Node t = Sparql.node(b, "type");
            if (t != null && t.isURI()) {
                types.add(t);
                p.types.add(c.pageLink(t));
            }
        }
        String iri = n.getURI();
        if (types.contains(Vocab.Article)) {
            p.kind = "article";
            ArticlePage.build(c, p, n, params.highlight());
        } else if (types.contains(Vocab.Country)) {
            p.kind = "country";
            Stories.country(c, p, n, params);
        } else if (types.contains(Vocab.Person)) {
            p.kind = "person";
            Stories.person(c, p, n, params);
        } else if (types.contains(Vocab.Meeting)) {
            p.kind = "meeting";
            Stories.meeting(c, p, n);
        } else if (types.contains(SKOS.Concept.asNode()) && iri.startsWith(c.site.idPrefix() + "topic/")) {
            p.kind = "topic";
            Stories.topic(c, p, n, params);
        } else {
            p.kind = "resource";
        }
        p.detailsOpen = p.kind.equals("resource");
        generic(c, p, n, params.inverseOffset());
        return p;
    }

    /** Types, properties as links, evidence quotes, inverse links with paging. */
    static void generic(Ctx c, Page p, Node n, long inverseOffset) {
        // Evidence: the words this resource was drawn from.
        List<Binding> ev = c.sparql.select("evidence", "this", n);
        if (!ev.isEmpty()) {
            List<List<Page.Cell>> rows = new ArrayList<>();
            for (Binding b : ev) {
                String article = Sparql.str(b, "article");
                String lang = Sparql.str(b, "lang");
                rows.add(List.of(
                        Ctx.cell(c.quoteWithSource(Sparql.str(b, "exact"), lang, article, List.of(Sparql.str(b, "ev")))),
                        Ctx.cell(Ctx.code(Sparql.str(b, "rule"))),
                        Ctx.cell(Ctx.text(offsets(Sparql.str(b, "start"), Sparql.str(b, "end"))))));
            }
            p.sections.add(new Page.Section("evidence", c.t("section.evidence"), c.t("note.evidence"),
                    new Page.Table(List.of(c.t("col.quote"), c.t("col.rule"), c.t("col.offsets")), rows), null, null));
        }

        // Outgoing: property -> values, each value with the graphs that state it.
        Map<String, Map<Node, Set<String>>> byProperty = new LinkedHashMap<>();
        int count = 0;
        for (Binding b : c.sparql.selectPage("outgoing", MAX_OUTGOING + 1, 0, "this", n)) {
            if (count++ > MAX_OUTGOING) {
                break;
            }
            Node prop = Sparql.node(b, "p");
            Node o = Sparql.node(b, "o");
            String g = Sparql.str(b, "g");
            byProperty.computeIfAbsent(prop.getURI(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(o, k -> new LinkedHashSet<>()).add(g);
        }
        List<String> order = new ArrayList<>(byProperty.keySet());
        order.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b))
                : c.labels.of(a).compareToIgnoreCase(c.labels.of(b)));
        for (String prop : order) {
            List<Page.Cell> values = new ArrayList<>();
            List<Map.Entry<Node, Set<String>>> entries = new ArrayList<>(byProperty.get(prop).entrySet());
            entries.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Node::toString)));
            for (Map.Entry<Node, Set<String>> e : entries) {
                if (values.size() >= MAX_VALUES) {
                    values.add(Ctx.cell(Ctx.muted(c.t("more"))));
                    break;
                }
                List<Page.Frag> fs = new ArrayList<>();
                Node o = e.getKey();
                if (o.isLiteral() && o.getLiteralLexicalForm().length() > 300) {
                    Page.Frag f = c.value(o);
                    fs.add(new Page.Frag(f.kind(), o.getLiteralLexicalForm().substring(0, 300) + "…", null, f.lang(), f.title()));
                } else {
                    fs.add(c.value(o));
                }
                if (o.isLiteral() && o.getLiteralLanguage() != null && !o.getLiteralLanguage().isEmpty()) {
                    fs.add(Ctx.muted(" @" + o.getLiteralLanguage()));
                }
                List<String> graphs = e.getValue().stream().filter(g -> g != null && !g.equals(n.getURI())).toList();
                // A person's name is stated in every article that names them: a few links, then how many more.
                for (String g : graphs.subList(0, Math.min(MAX_GRAPH_LINKS, graphs.size()))) {
                    fs.add(new Page.Frag("graph", c.t("inGraph"), c.pageHref(g), null, g));
                }
                if (graphs.size() > MAX_GRAPH_LINKS) {
                    fs.add(Ctx.muted(" " + c.t("moreGraphs", graphs.size() - MAX_GRAPH_LINKS)));
                }
                values.add(Ctx.cell(fs));
            }
            p.properties.add(new Page.Values(c.pageLink(NodeFactory.createURI(prop)), values));
        }

        // Used as a property, or a named graph: say so.
        List<Binding> asProperty = c.sparql.select("as-property", "this", n);
        if (!asProperty.isEmpty()) {
            List<List<Page.Cell>> rows = new ArrayList<>();
            for (Binding b : asProperty) {
                rows.add(List.of(Ctx.cell(c.value(Sparql.node(b, "s"))), Ctx.cell(c.value(Sparql.node(b, "o")))));
            }
            p.sections.add(new Page.Section("as-property", c.t("section.asProperty"), null,
                    new Page.Table(List.of(c.t("col.subject"), c.t("col.object")), rows), null, null));
        }
        List<Binding> graph = c.sparql.select("graph-size", "this", n);
        long triples = graph.isEmpty() ? 0 : Sparql.num(graph.get(0), "n");
        if (triples > 0) {
            p.sections.add(new Page.Section("graph", c.t("section.graph"), c.t("note.graph", triples), null,
                    List.of(Page.Link.of(c.t("link.graphTurtle"), "/kg/get?graph=" + Site.query(n.getURI()))), null));
        }

        // Inverse links, paged.
        long total = Sparql.num(c.sparql.select("incoming-count", "this", n).get(0), "n");
        long offset = Math.max(0, Math.min(inverseOffset, Math.max(0, total - 1)));
        Map<String, List<Page.Cell>> inverse = new LinkedHashMap<>();
        for (Binding b : c.sparql.selectPage("incoming", INVERSE_PAGE, offset, "this", n)) {
            inverse.computeIfAbsent(Sparql.str(b, "p"), k -> new ArrayList<>())
                    .add(Ctx.cell(c.value(Sparql.node(b, "s"))));
        }
        inverse.forEach((prop, values) -> p.inverse.add(new Page.Values(c.pageLink(NodeFactory.createURI(prop)), values)));
        if (total > INVERSE_PAGE) {
            String base = c.site.page(n.getURI());
            String sep = base.contains("?") ? "&" : "?";
            String prev = offset > 0 ? c.href(base + sep + "inv=" + Math.max(0, offset - INVERSE_PAGE) + "#inverse") : null;
            String next = offset + INVERSE_PAGE < total ? c.href(base + sep + "inv=" + (offset + INVERSE_PAGE) + "#inverse") : null;
            String line = total > INCOMING_COUNTED
                    ? c.t("paging.more", offset + 1, Math.min(total, offset + INVERSE_PAGE), INCOMING_COUNTED)
                    : c.t("paging", offset + 1, Math.min(total, offset + INVERSE_PAGE), total);
            p.inversePaging = new Page.Paging(line, prev, next);
        }
    }

    private static final List<String> FIRST = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), RDFS.label.getURI(),
            SKOS.altLabel.getURI(), SKOS.notation.getURI(), SKOS.definition.getURI(), RDFS.comment.getURI(), OWL.sameAs.getURI());

    private static int rank(String prop) {
        int i = FIRST.indexOf(prop);
        return i < 0 ? FIRST.size() : i;
    }

    static String offsets(String start, String end) {
        if (start == null || end == null) {
            return "";
        }
        return start + "–" + end;
    }
}
