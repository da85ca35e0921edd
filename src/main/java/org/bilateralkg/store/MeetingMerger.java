package org.bilateralkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.SectionIndex;
import org.bilateralkg.rdf.Vocab;

/**
 * Keeps the derived graph of canonical meetings: reports from different articles (or captions)
 * with the same participant countries, the same date and the same place become one meeting, linked
 * to every report by bkg:report. Details that may conflict (duration, wording) stay on the reports.
 * A report without a date is not merged with anything: nothing says it is the same meeting.
 * <p>
 * Meetings of one date and one set of countries (a "base") depend on the reports of that base
 * alone, so after an ingest only the bases that the changed articles touch are recomputed
 * ({@link #update}); {@link #rebuild} recomputes everything. Computing the graph ({@link #derive})
 * only needs the rows of {@link #reportsQuery()}, so it also runs over a running server.
 */
public final class MeetingMerger {
    private static final String PREFIXES = """
            PREFIX bkg: <https://bilateral-kg.org/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static final String REPORT_PATTERN = """
                ?report a bkg:Meeting ; prov:wasDerivedFrom ?article ; bkg:status ?status ; bkg:participantCountry ?country .
                OPTIONAL { ?report schema:startDate ?date }
                OPTIONAL { ?report bkg:locationCountry ?loc }
                OPTIONAL { ?report bkg:participant ?person }
            """;
    private static final Query REPORTS = QueryFactory.create(PREFIXES
            + "SELECT ?g ?report ?date ?loc ?status ?country ?person WHERE { GRAPH ?g {\n" + REPORT_PATTERN + "} }");
    /** The reports of one date (?day bound), in any article. */
    private static final Query REPORTS_ON = QueryFactory.create(PREFIXES
            + "SELECT ?g ?report ?date ?loc ?status ?country ?person WHERE { GRAPH ?g {\n"
            + "    ?report schema:startDate ?day .\n" + REPORT_PATTERN + "} }");
    private static final List<String> STATUS_PRIORITY = List.of("held", "cancelled", "postponed", "planned");
    /** Above this share of the articles changed, recomputing everything is quicker than looking up each one. */
    private static final double FULL_REBUILD_SHARE = 0.2;

    private MeetingMerger() {
    }

    private static final class Report {
        Node iri;
        Node date;
        String loc;
        String status;
        final TreeSet<String> countries = new TreeSet<>();
        final List<Node> people = new ArrayList<>();

        /** Date and countries: the reports that may be one meeting share it. Null when undated. */
        String base() {
            return date == null ? null : MeetingMerger.base(date, countries);
        }
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
     * The graph listing the articles stored since the derived graph was last brought up to date.
     * Writers add to it in the transaction that stores the article, so a crash between storing and
     * merging loses nothing: the next {@link #update} sees them.
     */
    public static Node pendingGraph(Iris iris) {
        return iris.graph("derived/pending");
    }

    /** The quad that marks {@code article} as not yet merged: replaced or removed since the last merge. */
    public static Quad pending(Iris iris, Node article) {
        return Quad.create(pendingGraph(iris), article, Vocab.awaitsMerge, NodeFactory.createLiteralString("true"));
    }

    /**
     * The quad that marks {@code article} as new since the last merge. Summaries that cannot take a
     * report back (first and last dates) grow by the new articles alone when nothing else changed.
     */
    public static Quad pendingAdded(Iris iris, Node article) {
        return Quad.create(pendingGraph(iris), article, Vocab.awaitsMerge, ADDED);
    }

    static final Node ADDED = NodeFactory.createLiteralString("added");

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
        // Every meeting's index entries changed: without counts, the next count update takes them all anew.
        dsg.removeGraph(SectionIndex.graphName(iris));
        return d.meetings();
    }

    /**
     * Brings the derived graph up to date with the articles marked pending (added, replaced or
     * removed since the last merge), recomputing only the meetings of the dates and countries they
     * touch; the result is the graph {@link #rebuild} would make. Must run inside a write
     * transaction. Returns the number of canonical meetings.
     */
    public static int update(DatasetGraph dsg, Iris iris) {
        Node derived = graphName(iris);
        Set<Node> changed = new HashSet<>();
        dsg.find(pendingGraph(iris), Node.ANY, Vocab.awaitsMerge, Node.ANY).forEachRemaining(q -> changed.add(q.getSubject()));
        if (changed.isEmpty()) {
            return count(dsg, derived);
        }
        if (!dsg.find(derived, Node.ANY, Node.ANY, Node.ANY).hasNext()
                || changed.size() > FULL_REBUILD_SHARE * articleCount(dsg)) {
            return rebuild(dsg, iris);
        }
        // The canonical meetings that listed a report of a changed article: they go, and their bases are recomputed.
        Set<Node> stale = new HashSet<>();
        dsg.find(derived, Node.ANY, Vocab.report, Node.ANY).forEachRemaining(q -> {
            if (changed.contains(iris.articleOfFact(q.getObject()))) {
                stale.add(q.getSubject());
            }
        });
        Map<String, Node> bases = new LinkedHashMap<>(); // base -> its date
        for (Node m : stale) {
            Node date = one(dsg, derived, m, Vocab.schemaStartDate);
            if (date != null) {
                bases.put(storedBase(dsg, derived, m, date), date);
            }
        }
        // The reports the changed articles hold now: undated ones are meetings of their own.
        List<Binding> undated = new ArrayList<>();
        for (Node g : changed) {
            if (!dsg.containsGraph(g)) {
                continue; // removed
            }
            List<Binding> rows = rows(dsg, REPORTS, "g", g);
            for (Report r : reports(rows.iterator(), Set.of()).values()) {
                if (r.base() != null) {
                    bases.put(r.base(), r.date);
                }
            }
            rows.stream().filter(b -> b.get("date") == null).forEach(undated::add);
        }
        // Every report, in any article, of the affected bases.
        List<Binding> affected = new ArrayList<>(undated);
        Set<Node> days = new HashSet<>(bases.values());
        for (Node day : days) {
            List<Binding> rows = rows(dsg, REPORTS_ON, "day", day);
            Map<Node, Report> onDay = reports(rows.iterator(), Set.of());
            for (Binding b : rows) {
                if (bases.containsKey(onDay.get(b.get("report")).base())) {
                    affected.add(b);
                }
            }
        }
        // Out with the meetings of those bases (and the stale ones), in with the recomputed ones.
        Set<Node> doomed = new HashSet<>(stale);
        for (Node day : days) {
            dsg.find(derived, Node.ANY, Vocab.schemaStartDate, day).forEachRemaining(q -> {
                if (bases.containsKey(storedBase(dsg, derived, q.getSubject(), day))) {
                    doomed.add(q.getSubject());
                }
            });
        }
        Set<Node> touched = new HashSet<>();
        for (Node m : doomed) {
            dsg.find(derived, m, Vocab.listedIn, Node.ANY).forEachRemaining(q -> touched.add(q.getObject()));
            dsg.deleteAny(derived, m, Node.ANY, Node.ANY);
        }
        Derived d = derive(affected.iterator(), iris, Set.of());
        d.graph().find().forEachRemaining(t -> dsg.add(derived, t.getSubject(), t.getPredicate(), t.getObject()));
        touched.addAll(SectionIndex.bucketsIn(d.graph()));
        touched.forEach(b -> dsg.add(SectionCounts.pending(iris, b)));
        return count(dsg, derived);
    }

    /**
     * Computes the canonical meetings from the rows of {@link #reportsQuery()}, leaving out the
     * reports of the graphs in {@code leaveOut} (articles about to be removed).
     */
    public static Derived derive(RowSet rows, Iris iris, Set<Node> leaveOut) {
        return derive((Iterator<Binding>) rows, iris, leaveOut);
    }

    private static Derived derive(Iterator<Binding> rows, Iris iris, Set<Node> leaveOut) {
        Map<Node, Report> reports = reports(rows, leaveOut);
        // Reports of one base and place are one meeting; reports of a base that give no place join
        // its meeting if the base has exactly one place, else they are a meeting of their own.
        Map<String, Map<String, List<Report>>> byBase = new LinkedHashMap<>();
        Map<String, List<Report>> groups = new LinkedHashMap<>();
        for (Report r : reports.values()) {
            String base = r.base();
            if (base == null) {
                String countries = String.join("-", r.countries).toLowerCase(Locale.ROOT);
                groups.put("undated-" + countries + "-" + Integer.toHexString(r.iri.getURI().hashCode()), new ArrayList<>(List.of(r)));
            } else {
                byBase.computeIfAbsent(base, k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.loc == null ? "" : r.loc.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, Map<String, List<Report>>> b : byBase.entrySet()) {
            Map<String, List<Report>> places = b.getValue();
            List<Report> unplaced = places.remove("");
            if (unplaced != null && places.size() == 1) {
                places.values().iterator().next().addAll(unplaced);
            } else if (unplaced != null) {
                groups.put(b.getKey(), unplaced);
            }
            places.forEach((loc, rs) -> groups.put(b.getKey() + "-" + loc, rs));
        }
        Graph out = GraphFactory.createDefaultGraph();
        for (Map.Entry<String, List<Report>> e : groups.entrySet()) {
            write(out, iris.canonicalMeeting(e.getKey()), e.getValue(), iris);
        }
        SectionIndex.addEntries(iris, out, SectionIndex.Scope.DERIVED, null);
        return new Derived(graphName(iris), out, groups.size());
    }

    private static void write(Graph out, Node m, List<Report> rs, Iris iris) {
        Report first = rs.get(0);
        out.add(m, RDF.type.asNode(), Vocab.Meeting);
        if (first.countries.size() == 2) {
            out.add(m, RDF.type.asNode(), Vocab.BilateralMeeting);
        }
        String where = rs.stream().map(r -> r.loc).filter(Objects::nonNull).findFirst().orElse(null);
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
                .min(Comparator.comparingInt(s -> STATUS_PRIORITY.indexOf(s) < 0 ? 99 : STATUS_PRIORITY.indexOf(s)))
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

    private static Map<Node, Report> reports(Iterator<Binding> rows, Set<Node> leaveOut) {
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
        return reports;
    }

    /** All rows of {@code query} with {@code var} bound, read at once (the caller writes to the store next). */
    private static List<Binding> rows(DatasetGraph dsg, Query query, String var, Node value) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution(var, value).build()) {
            qe.select().forEachRemaining(out::add);
        }
        return out;
    }

    private static String base(Node date, java.util.Collection<String> countries) {
        return datePart(date) + "-" + String.join("-", new TreeSet<>(countries)).toLowerCase(Locale.ROOT);
    }

    /** The base of a canonical meeting already in the derived graph. */
    private static String storedBase(DatasetGraph dsg, Node derived, Node meeting, Node date) {
        List<String> countries = new ArrayList<>();
        dsg.find(derived, meeting, Vocab.participantCountry, Node.ANY).forEachRemaining(q -> countries.add(code(q.getObject())));
        return base(date, countries);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static int count(DatasetGraph dsg, Node derived) {
        int[] n = {0};
        dsg.find(derived, Node.ANY, RDF.type.asNode(), Vocab.Meeting).forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static long articleCount(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Vocab.Article).forEachRemaining(q -> n[0]++);
        return n[0];
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
