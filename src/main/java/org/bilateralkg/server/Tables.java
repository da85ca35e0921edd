package org.bilateralkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The tables that recur on story pages: meetings, commitments and statements, each row ending in
 * the words of the article and a link to them.
 */
final class Tables {
    private Tables() {
    }

    /** Meetings (rows of the *-meetings queries); {@code self} is left out of the lists of countries and people. */
    static Page.Section meetings(Ctx c, String id, String title, List<Binding> rows, Node self) {
        List<String> headers = List.of(c.t("col.date"), c.t("col.meeting"), c.t("col.countries"), c.t("col.people"),
                c.t("col.place"), c.t("col.event"));
        List<List<Page.Cell>> out = new ArrayList<>();
        String selfIri = self == null ? null : self.getURI();
        for (Binding b : rows) {
            Node m = Sparql.node(b, "meeting");
            List<String> countries = new ArrayList<>(Sparql.iris(b, "countries"));
            List<String> people = new ArrayList<>(Sparql.iris(b, "people"));
            countries.remove(selfIri);
            people.remove(selfIri);
            countries.sort(String::compareTo);
            people.sort(String::compareTo);
            String date = Sparql.str(b, "date");
            List<String> all = Tables.sorted(Sparql.iris(b, "countries"));
            String name = all.isEmpty() ? c.labels.of(m)
                    : String.join(" – ", all.stream().map(c.labels::of).sorted().toList());
            out.add(List.of(
                    Ctx.cell(Ctx.text(date == null ? c.t("unknown") : date)),
                    Ctx.cell(new Page.Frag("link", name, c.pageHref(m.getURI()), null, m.getURI())),
                    c.links(countries),
                    c.links(people),
                    Ctx.cell(c.link(Sparql.str(b, "loc"))),
                    Ctx.cell(c.link(Sparql.str(b, "event")))));
        }
        return section(c, id, title, headers, out);
    }

    /** Commitments (rows of the *-commitments queries); columns named in {@code omit} are left out. */
    static Page.Section commitments(Ctx c, String id, String title, List<Binding> rows, Set<String> omit) {
        List<String> cols = new ArrayList<>(List.of("date", "country", "topic", "partner", "stance", "speaker", "quote"));
        cols.removeAll(omit);
        List<String> headers = cols.stream().map(k -> c.t("col." + k)).toList();
        List<List<Page.Cell>> out = new ArrayList<>();
        for (Binding b : rows) {
            List<Page.Cell> row = new ArrayList<>();
            String article = Sparql.str(b, "article");
            for (String col : cols) {
                row.add(switch (col) {
                    case "date" -> Ctx.cell(Ctx.text(Sparql.str(b, "date")));
                    case "country" -> Ctx.cell(c.link(Sparql.str(b, "country")));
                    case "topic" -> Ctx.cell(Sparql.str(b, "topic") == null ? Ctx.muted(c.t("none"))
                            : c.link(Sparql.str(b, "topic")));
                    case "partner" -> Ctx.cell(c.link(Sparql.str(b, "partner")));
                    case "stance" -> Ctx.cell(Ctx.text(stance(c, Sparql.str(b, "stance"), Sparql.str(b, "modality"))));
                    case "speaker" -> Ctx.cell(c.link(Sparql.str(b, "speaker")));
                    default -> Ctx.cell(c.quoteWithSource(Sparql.str(b, "quote"), c.articleLang(article), article,
                            Sparql.iris(b, "evs")));
                });
            }
            out.add(row);
        }
        return section(c, id, title, headers, out);
    }

    /** "support (ready to)" in the reader's language. */
    static String stance(Ctx c, String stance, String modality) {
        String s = stance == null ? "" : c.t("stance." + stance);
        if (modality != null && !modality.isEmpty()) {
            s += (s.isEmpty() ? "" : " ") + "(" + c.t("modality." + modality) + ")";
        }
        return s;
    }

    /** Statements (rows of the *-statements queries); columns named in {@code omit} are left out. */
    static Page.Section statements(Ctx c, String id, String title, List<Binding> rows, Set<String> omit) {
        List<String> cols = new ArrayList<>(List.of("date", "speaker", "country", "kind", "topics", "quote", "reportedBy", "meeting"));
        cols.removeAll(omit);
        List<String> headers = cols.stream().map(k -> c.t("col." + k)).toList();
        List<List<Page.Cell>> out = new ArrayList<>();
        for (Binding b : rows) {
            List<Page.Cell> row = new ArrayList<>();
            String article = Sparql.str(b, "article");
            for (String col : cols) {
                row.add(switch (col) {
                    case "date" -> Ctx.cell(Ctx.text(Sparql.str(b, "date")));
                    case "speaker" -> Ctx.cell(c.link(Sparql.str(b, "speaker")));
                    case "country" -> Ctx.cell(c.link(Sparql.str(b, "country")));
                    case "kind" -> Ctx.cell(Ctx.text(Sparql.str(b, "kind") == null ? "" : c.t("kind." + Sparql.str(b, "kind"))));
                    case "topics" -> c.links(sorted(Sparql.iris(b, "topics")));
                    case "reportedBy" -> Ctx.cell(c.link(Sparql.str(b, "reportedBy")));
                    case "meeting" -> Ctx.cell(c.link(Sparql.str(b, "meeting")));
                    default -> Ctx.cell(c.quoteWithSource(Sparql.str(b, "quote"), c.articleLang(article), article,
                            Sparql.iris(b, "evs")));
                });
            }
            out.add(row);
        }
        return section(c, id, title, headers, out);
    }

    static List<String> sorted(List<String> xs) {
        List<String> l = new ArrayList<>(xs);
        l.sort(String::compareTo);
        return l;
    }

    static Page.Section section(Ctx c, String id, String title, List<String> headers, List<List<Page.Cell>> rows) {
        return new Page.Section(id, title, null, rows.isEmpty() ? null : new Page.Table(headers, rows), null,
                rows.isEmpty() ? c.t("nothing") : null);
    }
}
