package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a page shows, as plain values: the template (server/templates/page.html) renders it and
 * escapes every value. Builders fill the public fields.
 */
public final class Page {
    /** A link; {@code lang} is the language of the text (for the lang attribute), {@code title} a tooltip. */
    public record Link(String text, String href, String lang, String title) {
        static Link of(String text, String href) {
            return new Link(text, href, null, null);
        }

        public String getText() {
            return text;
        }

        public String getHref() {
            return href;
        }

        public String getLang() {
            return lang;
        }

        public String getTitle() {
            return title;
        }
    }

    /**
     * A piece of a table cell. Kinds: text, link, quote (words of an article), cite (a link to the
     * words in the article), code, muted.
     */
    public record Frag(String kind, String text, String href, String lang, String title) {
        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public String getHref() {
            return href;
        }

        public String getLang() {
            return lang;
        }

        public String getTitle() {
            return title;
        }
    }

    public record Cell(List<Frag> frags) {
        public List<Frag> getFrags() {
            return frags;
        }
    }

    public record Table(List<String> headers, List<List<Cell>> rows) {
        public List<String> getHeaders() {
            return headers;
        }

        public List<List<Cell>> getRows() {
            return rows;
        }
    }

    /** A part of a page: a table, or a list of links, or a note when there is nothing to show. */
    public record Section(String id, String title, String note, Table table, List<Link> links, String empty,
            Paging paging) {
        public Section(String id, String title, String note, Table table, List<Link> links, String empty) {
            this(id, title, note, table, links, empty, null);
        }

        public Paging getPaging() {
            return paging;
        }

        /** This section with a paging line (null for none). */
        public Section withPaging(Paging p) {
            return new Section(id, title, note, table, links, empty, p);
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getNote() {
            return note;
        }

        public Table getTable() {
            return table;
        }

        public List<Link> getLinks() {
            return links;
        }

        public String getEmpty() {
            return empty;
        }
    }

    public record Stat(String label, String value, String href) {
        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }

        public String getHref() {
            return href;
        }
    }

    /** A property and its values (the generic part of every resource page). */
    public record Values(Link property, List<Cell> values) {
        public Link getProperty() {
            return property;
        }

        public List<Cell> getValues() {
            return values;
        }
    }

    public record Paging(String info, String prev, String next) {
        public String getInfo() {
            return info;
        }

        public String getPrev() {
            return prev;
        }

        public String getNext() {
            return next;
        }
    }

    /** A stretch of article text: marked when some evidence covers it, selected when that evidence was asked for. */
    public record Seg(String text, boolean marked, boolean selected, List<String> anchors, String title) {
        public String getText() {
            return text;
        }

        public boolean isMarked() {
            return marked;
        }

        public boolean isSelected() {
            return selected;
        }

        public List<String> getAnchors() {
            return anchors;
        }

        public String getTitle() {
            return title;
        }
    }

    public record ArticleText(String lang, List<Seg> segs) {
        public String getLang() {
            return lang;
        }

        public List<Seg> getSegs() {
            return segs;
        }
    }

    /** A key fact shown under the title: "Date: 2024-07-25". */
    public record Fact(String label, Cell value) {
        public String getLabel() {
            return label;
        }

        public Cell getValue() {
            return value;
        }
    }

    public String lang;
    public Map<String, String> t;
    public String title;
    public String titleLang;
    public String subtitle;
    public String kind;
    public String iri;
    public String searchQuery = "";
    public boolean home;
    public boolean explicitLang;
    public String homeHref = "/";
    public String status;
    public List<Link> types = new ArrayList<>();
    public List<Link> formats = new ArrayList<>();
    public List<Link> langs = new ArrayList<>();
    public List<Link> nav = new ArrayList<>();
    public List<Stat> stats = new ArrayList<>();
    public List<Fact> facts = new ArrayList<>();
    public List<Section> sections = new ArrayList<>();
    public ArticleText text;
    public List<Values> properties = new ArrayList<>();
    public List<Values> inverse = new ArrayList<>();
    public Paging inversePaging;
    public boolean detailsOpen = true;
    public String alternateTurtle;
    public String sparqlEndpoint;
    public String ui;
    public String voidHref;

    // JavaBean getters: Thymeleaf reads properties through them on its fast path.

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleLang() {
        return titleLang;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getKind() {
        return kind;
    }

    public String getIri() {
        return iri;
    }

    public String getSearchQuery() {
        return searchQuery;
    }

    public boolean isHome() {
        return home;
    }

    public boolean isExplicitLang() {
        return explicitLang;
    }

    public String getHomeHref() {
        return homeHref;
    }

    public String getStatus() {
        return status;
    }

    public List<Link> getTypes() {
        return types;
    }

    public List<Link> getFormats() {
        return formats;
    }

    public List<Link> getLangs() {
        return langs;
    }

    public List<Link> getNav() {
        return nav;
    }

    public List<Stat> getStats() {
        return stats;
    }

    public List<Fact> getFacts() {
        return facts;
    }

    public List<Section> getSections() {
        return sections;
    }

    public ArticleText getText() {
        return text;
    }

    public List<Values> getProperties() {
        return properties;
    }

    public List<Values> getInverse() {
        return inverse;
    }

    public Paging getInversePaging() {
        return inversePaging;
    }

    public boolean isDetailsOpen() {
        return detailsOpen;
    }

    public String getAlternateTurtle() {
        return alternateTurtle;
    }

    public String getSparqlEndpoint() {
        return sparqlEndpoint;
    }

    public String getUi() {
        return ui;
    }

    public String getVoidHref() {
        return voidHref;
    }
}
