package org.bilateralkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.Vocab;

/**
 * Rebuilds the derived graph of canonical meetings: reports from different articles (or captions)
 * with the same participant countries, the same date and the same place become one meeting, linked
 * to every report by bkg:report. Details that may conflict (duration, wording) stay on the reports.
 * A report without a date is not merged with anything: nothing says it is the same meeting.
 * <p>
 * Computing the derived graph ({@link #derive}) only needs the rows of {@link #reportsQuery()}, so it
 * runs over any SPARQL source: the local store ({@link #rebuild}) or a running server, which then
 * replaces the graph in one request.
 */
public final class MeetingMerger {
    private static final Query REPORTS = QueryFactory.create("""
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?g ?report ?date ?loc ?status ?country ?person WHERE {
              GRAPH ?g {
                ?report a bkg:Meeting ; prov:wasDerivedFrom ?article ; bkg:status ?status ; bkg:participantCountry ?country .
                OPTIONAL { ?report schema:startDate ?date }
                OPTIONAL { ?report bkg:locationCountry ?loc }
                OPTIONAL { ?report bkg:participant ?person }
              }
            }""");
    private static final List<String> STATUS_PRIORITY = List.of("held", "cancelled", "postponed", "planned");

    private MeetingMerger() {
    }

    private static final class Report {
        Node iri;
        Node date;
        String loc;
        String status;
        final TreeSet<String> countries = new TreeSet<>();
        final List<Node> people = new ArrayList<>();
    }

    /** The canonical meetings computed from the reports: the graph to store under {@code name}, and how many meetings it holds. */
    public record Derived(Node name, Graph graph, int meetings) {
    }

    /** The query whose rows {@link #derive} takes (a fresh copy: queries are mutable). */
    public static Query reportsQuery() {
        return REPORTS.cloneQuery();
    }

    /** The name of the derived graph of merged meetings. */
    public static Node graphName(Iris iris) {
        return iris.graph("derived/meetings");
    }

    /**
     * Rebuilds the derived graph in the store. Must run inside a write transaction on the store's
     * dataset. Returns the number of canonical meetings.
     */
    public static int rebuild(DatasetGraph dsg, Iris iris) {
        Derived d;
        try (QueryExec qe = QueryExec.dataset(dsg).query(REPORTS).build()) {
            d = derive(qe.select(), iris, Set.of());
        }
        dsg.removeGraph(d.name());
        d.graph().find().forEachRemaining(t -> dsg.add(d.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        return d.meetings();
    }

    /**
     * Computes the canonical meetings from the rows of {@link #reportsQuery()}, leaving out the
     * reports of the graphs in {@code leaveOut} (articles about to be removed).
     */
    public static Derived derive(RowSet rows, Iris iris, Set<Node> leaveOut) {
        Map<Node, Report> reports = new LinkedHashMap<>();
        rows.forEachRemaining(b -> {
            if (leaveOut.contains(b.get("g"))) {
                return;
            }
            Report r = reports.computeIfAbsent(b.get("report"), k -> new Report());
            r.iri = b.get("report");
            r.date = b.get("date");
            r.loc = code(b.get("loc"));
            r.status = b.get("status").getLiteralLexicalForm();
            r.countries.add(code(b.get("country")));
            Node p = b.get("person");
            if (p != null && !r.people.contains(p)) {
                r.people.add(p);
            }
        });
        Map<String, List<Report>> groups = new LinkedHashMap<>();
        for (Report r : reports.values()) {
            String base = String.join("-", r.countries).toLowerCase(java.util.Locale.ROOT);
            String key = r.date == null ? null : datePart(r.date) + "-" + base;
            if (key == null) {
                key = "undated-" + base + "-" + Integer.toHexString(r.iri.getURI().hashCode());
            } else {
                key = key + "-" + (r.loc == null ? "" : r.loc.toLowerCase(java.util.Locale.ROOT));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        foldUnplaced(groups);
        Graph out = GraphFactory.createDefaultGraph();
        for (Map.Entry<String, List<Report>> e : groups.entrySet()) {
            String key = e.getKey().replaceAll("-+$", "");
            Node m = iris.canonicalMeeting(key);
            List<Report> rs = e.getValue();
            Report first = rs.get(0);
            out.add(m, RDF.type.asNode(), Vocab.Meeting);
            if (first.countries.size() == 2) {
                out.add(m, RDF.type.asNode(), Vocab.BilateralMeeting);
            }
            String where = rs.stream().map(r -> r.loc).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            out.add(m, RDFS.label.asNode(), NodeFactory.createLiteralLang("Meeting "
                    + String.join("–", first.countries) + (first.date != null ? ", " + first.date.getLiteralLexicalForm() : "")
                    + (where != null ? ", in " + where : ""), "en"));
            if (first.date != null) {
                out.add(m, Vocab.schemaStartDate, first.date);
            }
            if (where != null) {
                out.add(m, Vocab.locationCountry, iris.country(where));
            }
            String status = rs.stream().map(r -> r.status)
                    .min(java.util.Comparator.comparingInt(s -> STATUS_PRIORITY.indexOf(s) < 0 ? 99 : STATUS_PRIORITY.indexOf(s)))
                    .orElse("held");
            out.add(m, Vocab.status, NodeFactory.createLiteralString(status));
            for (String c : first.countries) {
                out.add(m, Vocab.participantCountry, iris.country(c));
            }
            for (Report r : rs) {
                out.add(m, Vocab.report, r.iri);
                r.people.forEach(p -> out.add(m, Vocab.participant, p));
            }
        }
        return new Derived(graphName(iris), out, groups.size());
    }

    /** Reports that give no place join the single group that has the same countries and date with a place. */
    private static void foldUnplaced(Map<String, List<Report>> groups) {
        for (String key : new ArrayList<>(groups.keySet())) {
            if (!key.endsWith("-") || key.startsWith("undated-")) {
                continue;
            }
            List<String> placed = groups.keySet().stream()
                    .filter(k -> !k.equals(key) && k.startsWith(key) && !k.endsWith("-")).toList();
            if (placed.size() == 1) {
                groups.get(placed.get(0)).addAll(groups.remove(key));
            }
        }
    }

    private static String datePart(Node date) {
        String lex = date.getLiteralLexicalForm();
        return lex.startsWith("--") ? "xxxx" + lex.substring(1) : lex;
    }

    private static String code(Node country) {
        if (country == null) {
            return null;
        }
        String u = country.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
