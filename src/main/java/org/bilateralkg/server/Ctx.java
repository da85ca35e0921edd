package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** One request's view of the site: the reader's language, labels in it, and how to link. */
final class Ctx {
    final Site site;
    final Sparql sparql;
    final Labels labels;
    final I18n i18n;
    final String lang;
    /** True when the reader chose the language with ?lang= (links then carry it on). */
    final boolean explicitLang;

    private final java.util.Map<String, String> articleLangs = new java.util.HashMap<>();

    Ctx(Site site, Sparql sparql, String lang, boolean explicitLang) {
        this(site, sparql, lang, explicitLang, null);
    }

    Ctx(Site site, Sparql sparql, String lang, boolean explicitLang, LabelCache labelCache) {
        this.site = site;
        this.sparql = sparql;
        this.lang = lang;
        this.explicitLang = explicitLang;
        this.labels = new Labels(sparql, lang, labelCache);
        this.i18n = I18n.of(lang);
    }

    /** The language an article is written in (its quotes carry it), or null. */
    String articleLang(String article) {
        if (article == null) {
            return null;
        }
        return articleLangs.computeIfAbsent(article, a -> {
            var rows = sparql.select("article-lang", "this", NodeFactory.createURI(a));
            String l = rows.isEmpty() ? null : Sparql.str(rows.get(0), "language");
            return l == null || !l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? "" : l;
        });
    }

    String t(String key, Object... args) {
        return args.length == 0 ? i18n.t(key) : i18n.t(key, args);
    }

    /** A server path with the reader's chosen language carried on. */
    String href(String path) {
        if (!explicitLang) {
            return path;
        }
        int hash = path.indexOf('#');
        String frag = hash >= 0 ? path.substring(hash) : "";
        String p = hash >= 0 ? path.substring(0, hash) : path;
        return p + (p.contains("?") ? "&" : "?") + "lang=" + lang + frag;
    }

    String pageHref(String iri) {
        return href(site.page(iri));
    }

    // ---- fragments of cells

    static Page.Frag text(String s) {
        return new Page.Frag("text", s == null ? "" : s, null, null, null);
    }

    static Page.Frag text(String s, String lang) {
        return new Page.Frag("text", s == null ? "" : s, null, lang, null);
    }

    static Page.Frag muted(String s) {
        return new Page.Frag("muted", s == null ? "" : s, null, null, null);
    }

    static Page.Frag code(String s) {
        return new Page.Frag("code", s == null ? "" : s, null, null, null);
    }

    static Page.Frag quote(String s, String lang) {
        return new Page.Frag("quote", s == null ? "" : s, null, lang, null);
    }

    Page.Frag link(String text, String path) {
        return new Page.Frag("link", text, href(path), null, null);
    }

    /** A link to the page of a resource, named by its label in the reader's language. */
    Page.Frag link(Node n) {
        if (n == null) {
            return text("");
        }
        if (!n.isURI()) {
            return value(n);
        }
        Labels.Label l = labels.label(n);
        return new Page.Frag("link", l.text(), pageHref(n.getURI()), l.lang(), n.getURI());
    }

    Page.Frag link(String iri) {
        return iri == null || iri.isEmpty() ? text("") : link(NodeFactory.createURI(iri));
    }

    Page.Link pageLink(Node n) {
        Page.Frag f = link(n);
        return new Page.Link(f.text(), f.href(), f.lang(), f.title());
    }

    /** Any RDF term: IRIs as links, literals as text in their language (dates, numbers as written). */
    Page.Frag value(Node n) {
        if (n == null) {
            return text("");
        }
        if (n.isURI()) {
            return link(n);
        }
        if (n.isLiteral()) {
            String l = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String lex = n.getLiteralLexicalForm();
            if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()) && (l == null || l.isEmpty())
                    && !dt.endsWith("#langString")) {
                return new Page.Frag("text", lex, null, null, Prefixes.shortForm(dt));
            }
            return text(lex, l == null || l.isEmpty() ? null : l);
        }
        return muted(n.toString());
    }

    static Page.Cell cell(Page.Frag... frags) {
        return new Page.Cell(List.of(frags));
    }

    static Page.Cell cell(List<Page.Frag> frags) {
        return new Page.Cell(List.copyOf(frags));
    }

    Page.Cell links(List<String> iris) {
        List<Page.Frag> fs = new ArrayList<>();
        for (String i : iris) {
            if (!fs.isEmpty()) {
                fs.add(text(", "));
            }
            fs.add(link(i));
        }
        return cell(fs);
    }

    /** A link to the words of an article with the given evidence highlighted. */
    String evidenceHref(String article, List<String> evidence) {
        if (article == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String ev : evidence) {
            String id = evidenceId(article, ev);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort((a, b) -> {
            try {
                return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        String path = site.page(article);
        if (!ids.isEmpty()) {
            path += "?hl=" + String.join(",", ids) + "#ev-" + ids.get(0);
        }
        return href(path);
    }

    /** "13" for {@code <article>/evidence/13}; null for anything else. */
    static String evidenceId(String article, String evidence) {
        String prefix = article + "/evidence/";
        if (evidence == null || !evidence.startsWith(prefix)) {
            return null;
        }
        String id = evidence.substring(prefix.length());
        return id.matches("[A-Za-z0-9_-]{1,40}") ? id : null;
    }

    /** The words of a fact and a link to them in the article. */
    List<Page.Frag> quoteWithSource(String quote, String quoteLang, String article, List<String> evidence) {
        List<Page.Frag> fs = new ArrayList<>();
        if (quote != null && !quote.isBlank()) {
            fs.add(quote(quote, quoteLang == null || quoteLang.isEmpty() ? null : quoteLang));
            fs.add(text(" "));
        }
        if (article != null) {
            fs.add(new Page.Frag("cite", t("cite.inArticle"), evidenceHref(article, evidence), null, article));
        }
        return fs;
    }

    static List<String> split(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.asList(spaceSeparated.strip().split("\\s+"));
    }
}
