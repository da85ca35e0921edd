package org.bilateralkg.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.rdf.Vocab;

/**
 * Picks the label of a resource in the reader's language, with fallbacks: skos:prefLabel, then
 * rdfs:label (and other naming properties) in the reader's language, then English, then Hindi, then
 * any language, then skos:notation, then a prefixed name or the last part of the IRI. One instance
 * per request: labels are looked up once per resource.
 */
final class Labels {
    /** A label and the language it is in (for the lang attribute), or null. */
    record Label(String text, String lang) {
    }

    private static final List<String> NAMING = List.of(SKOS.prefLabel.getURI(), RDFS.label.getURI(),
            "http://xmlns.com/foaf/0.1/name", Vocab.SCHEMA + "name", Vocab.SCHEMA + "headline",
            Vocab.DCT + "title");
    private static final String NOTATION = SKOS.notation.getURI();

    private final Sparql sparql;
    private final String lang;
    private final LabelCache shared;
    private final Map<Node, Label> cache = new HashMap<>();

    Labels(Sparql sparql, String lang, LabelCache shared) {
        this.sparql = sparql;
        this.lang = lang;
        this.shared = shared;
    }

    private List<LabelCache.Name> names(Node n) {
        java.util.function.Function<Node, List<LabelCache.Name>> load = x -> sparql.select("labels", "this", x).stream()
                .filter(b -> Sparql.node(b, "label") != null)
                .map(b -> new LabelCache.Name(Sparql.str(b, "p"), Sparql.node(b, "label"))).toList();
        return shared == null ? load.apply(n) : shared.get(n, load);
    }

    String of(Node n) {
        return label(n).text();
    }

    String of(String iri) {
        return of(org.apache.jena.graph.NodeFactory.createURI(iri));
    }

    Label label(Node n) {
        if (n == null) {
            return new Label("", null);
        }
        if (n.isLiteral()) {
            String l = n.getLiteralLanguage();
            return new Label(n.getLiteralLexicalForm(), l == null || l.isEmpty() ? null : l);
        }
        if (!n.isURI()) {
            return new Label(n.toString(), null);
        }
        return cache.computeIfAbsent(n, this::lookup);
    }

    /** True when the resource has a naming property (so its label is not made up from the IRI). */
    boolean hasLabel(Node n) {
        Label l = label(n);
        return l.lang() != null || !l.text().equals(Prefixes.shortForm(n.getURI()));
    }

    private Label lookup(Node n) {
        Label best = null;
        int bestScore = Integer.MAX_VALUE;
        String notation = null;
        for (LabelCache.Name name : names(n)) {
            String p = name.property();
            Node l = name.literal();
            if (l == null || !l.isLiteral()) {
                continue;
            }
            if (NOTATION.equals(p)) {
                notation = l.getLiteralLexicalForm();
                continue;
            }
            int pi = NAMING.indexOf(p);
            if (pi < 0) {
                continue;
            }
            String tag = l.getLiteralLanguage();
            int li = langRank(tag);
            int score = li * 100 + pi;
            String text = l.getLiteralLexicalForm();
            // Among equal candidates, prefer the shorter and then the alphabetically first: stable pages.
            if (score < bestScore || (score == bestScore && best != null && (text.length() < best.text().length()
                    || (text.length() == best.text().length() && text.compareTo(best.text()) < 0)))) {
                best = new Label(text, tag == null || tag.isEmpty() ? null : tag);
                bestScore = score;
            }
        }
        if (best != null && !best.text().isBlank()) {
            return best;
        }
        if (notation != null) {
            return new Label(notation, null);
        }
        return new Label(Prefixes.shortForm(n.getURI()), null);
    }

    private int langRank(String tag) {
        if (tag == null || tag.isEmpty()) {
            return 4;
        }
        if (matches(tag, lang)) {
            return 0;
        }
        if (matches(tag, "en")) {
            return 1;
        }
        if (matches(tag, "hi")) {
            return 2;
        }
        return 3;
    }

    private static boolean matches(String tag, String want) {
        return tag.equalsIgnoreCase(want) || tag.toLowerCase(java.util.Locale.ROOT).startsWith(want + "-");
    }
}
