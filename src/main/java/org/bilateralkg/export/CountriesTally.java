package org.bilateralkg.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.rdf.Vocab;

/**
 * The countries view computed the fast way: the same rows, with the same columns and the same
 * meaning, as queries/export-countries.rq (which stays the view's readable definition, and what
 * {@code ./bkg query export-countries} runs), but read from one scan per predicate joined in hash
 * maps instead of index lookups row by row. At 100,000 articles the query spends minutes on
 * lookups and per-row expressions; this pass is linear in the facts. CountriesTallyTest holds the
 * two to the same answer on several stores and filters. The exporter takes this path only while the
 * query is the one mirrored here ({@link #mirrors}): a query a user adapted is run as written.
 */
final class CountriesTally {
    /**
     * SHA-256 of the parsed (comment- and layout-free) form of queries/export-countries.rq that this
     * class mirrors. Change the query's meaning and CountriesTallyTest fails until both agree again
     * and this is updated.
     */
    static final String MIRRORED_QUERY = "7aa60a021d44365654499dba81986c343065f57b44906f185445264379775c4d";

    static boolean mirrors(org.apache.jena.query.Query query) {
        return MIRRORED_QUERY.equals(fingerprint(query));
    }

    static String fingerprint(org.apache.jena.query.Query query) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(query.serialize().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final List<String> COLUMNS = List.of("element", "source", "target", "label", "code", "weight", "meetings",
            "commitments", "statements", "first", "last", "topics", "dates");

    private enum Kind { MEETING, COMMITMENT, STATEMENT }

    /** A (graph, subject) key: facts are read inside the graph that states them. */
    private record At(Node graph, Node subject) {
    }

    /** One row of the query's inner UNION: a fact, its two ends (b may be null), its day and one topic. */
    private record FactRow(Kind kind, Node item, Node c1, String code1, Node c2, String code2, LocalDate day,
                           String notation) {
    }

    private static final class Tally {
        final Set<Node> meetings = new java.util.HashSet<>();
        final Set<Node> commitments = new java.util.HashSet<>();
        final Set<Node> statements = new java.util.HashSet<>();
        final Set<String> topics = new LinkedHashSet<>();
        final java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();

        void add(FactRow r) {
            (r.kind == Kind.MEETING ? meetings : r.kind == Kind.COMMITMENT ? commitments : statements).add(r.item);
            if (r.notation != null) {
                topics.add(r.notation);
            }
            if (r.day != null) {
                dates.add(r.day);
            }
        }
    }

    private final DatasetGraph dsg;
    private final Map<Node, String> isoCodes = new HashMap<>();
    private final Map<Node, String> notations = new HashMap<>();

    CountriesTally(DatasetGraph dsg) {
        this.dsg = dsg;
        scan(Vocab.isoCode, q -> isoCodes.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        scan(SKOS.notation.asNode(), q -> notations.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm()));
    }

    /** The view's rows for the request's filters, ordered as the query orders them. Runs in a read transaction. */
    RowSet rows(ExportRequest request) {
        Filter filter = new Filter(request);
        Map<List<Node>, Tally> groups = new HashMap<>();
        Consumer<FactRow> sink = r -> {
            if (!filter.keeps(r)) {
                return;
            }
            boolean pair = r.code2 != null && !r.code2.equals(r.code1);
            boolean swap = pair && r.code2.compareTo(r.code1) < 0;
            Node a = swap ? r.c2 : r.c1;
            Node b = pair ? (swap ? r.c1 : r.c2) : null;
            // Each fact counts for its edge and for both of its nodes.
            groups.computeIfAbsent(java.util.Arrays.asList(a, b), k -> new Tally()).add(r);
            groups.computeIfAbsent(java.util.Arrays.asList(a, null), k -> new Tally()).add(r);
            if (b != null) {
                groups.computeIfAbsent(java.util.Arrays.asList(b, null), k -> new Tally()).add(r);
            }
        };
        Facts facts = new Facts();
        facts.meetings(sink);
        facts.commitments(sink);
        facts.statements(sink);
        return output(groups);
    }

    /** The --from, --to, --country and --topic filters, applied row by row as the query applies them. */
    private static final class Filter {
        final LocalDate from;
        final LocalDate to;
        final Set<String> countries;
        final Set<String> topics;

        Filter(ExportRequest r) {
            from = r.from();
            to = r.to();
            countries = Set.copyOf(r.countries());
            topics = Set.copyOf(r.topics());
        }

        boolean keeps(FactRow r) {
            if (from != null && (r.day == null || r.day.isBefore(from))) {
                return false;
            }
            if (to != null && (r.day == null || r.day.isAfter(to))) {
                return false;
            }
            if (!countries.isEmpty() && !countries.contains(r.code1) && (r.code2 == null || !countries.contains(r.code2))) {
                return false;
            }
            return topics.isEmpty() || (r.notation != null && topics.contains(r.notation));
        }
    }

    /** The facts of the store, one predicate scan at a time. */
    private final class Facts {
        private final Map<At, List<Node>> participants = multimap(Vocab.participantCountry);
        private final Map<At, Node> startDates = single(Vocab.schemaStartDate);
        private final Map<At, List<Node>> madeAt = multimap(Vocab.madeAt);
        private final Map<At, List<Node>> topics = multimap(Vocab.topic);
        private final Map<Node, Node> published = published();

        void meetings(Consumer<FactRow> sink) {
            Map<Node, List<Node>> reports = new HashMap<>();
            scan(Vocab.report, q -> reports.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject()));
            Set<Node> typed = subjectsOfType(Vocab.Meeting);
            // Topics of a report: those of the statements made at it, in whichever graph.
            Map<Node, Set<String>> reportTopics = new HashMap<>();
            madeAt.forEach((statement, reportsMadeAt) -> {
                Set<String> ns = notationsOf(topics.get(statement));
                if (!ns.isEmpty()) {
                    reportsMadeAt.forEach(r -> reportTopics.computeIfAbsent(r, k -> new LinkedHashSet<>()).addAll(ns));
                }
            });
            Map<Node, Set<Node>> canonicalCountries = new HashMap<>();
            Map<Node, LocalDate> canonicalDays = new HashMap<>();
            participants.forEach((at, cs) -> {
                if (reports.containsKey(at.subject)) {
                    canonicalCountries.computeIfAbsent(at.subject, k -> new LinkedHashSet<>()).addAll(cs);
                    LocalDate d = day(startDates.get(at));
                    if (d != null) {
                        canonicalDays.put(at.subject, d);
                    }
                }
            });
            canonicalCountries.forEach((item, countries) -> {
                if (!typed.contains(item)) {
                    return;
                }
                List<Node> coded = countries.stream().filter(isoCodes::containsKey).toList();
                LocalDate day = canonicalDays.get(item);
                Set<String> topics = new LinkedHashSet<>();
                reports.get(item).forEach(r -> topics.addAll(reportTopics.getOrDefault(r, Set.of())));
                for (Node c1 : coded) {
                    for (Node c2 : coded) {
                        String code1 = isoCodes.get(c1);
                        String code2 = isoCodes.get(c2);
                        boolean alone = c1.equals(c2) && countries.size() == 1;
                        if (code1.compareTo(code2) < 0 || alone) {
                            emit(sink, Kind.MEETING, item, c1, code1, alone ? c1 : c2, code2, day, topics);
                        }
                    }
                }
            });
        }

        void commitments(Consumer<FactRow> sink) {
            Map<At, List<Node>> committing = multimap(Vocab.committingCountry);
            Map<At, List<Node>> partners = multimap(Vocab.partnerCountry);
            Map<At, List<Node>> expressedIn = multimap(Vocab.expressedIn);
            forEachOfType(Vocab.Commitment, at -> {
                for (Node c1 : committing.getOrDefault(at, List.of())) {
                    String code1 = isoCodes.get(c1);
                    if (code1 == null) {
                        continue;
                    }
                    // Its date: the date of the meeting the statement it was expressed in was made at.
                    List<Node> dates = new ArrayList<>();
                    for (Node st : expressedIn.getOrDefault(at, List.of())) {
                        for (Node m : madeAt.getOrDefault(new At(at.graph, st), List.of())) {
                            Node d = startDates.get(new At(at.graph, m));
                            if (d != null) {
                                dates.add(d);
                            }
                        }
                    }
                    if (dates.isEmpty()) {
                        dates.add(published.get(at.graph));
                    }
                    Set<String> ns = notationsOf(topics.get(at));
                    List<Node> c2s = partners.getOrDefault(at, List.of()).stream().filter(isoCodes::containsKey).toList();
                    for (Node date : dates) {
                        if (c2s.isEmpty()) {
                            emit(sink, Kind.COMMITMENT, at.subject, c1, code1, null, null, day(date), ns);
                        }
                        for (Node c2 : c2s) {
                            emit(sink, Kind.COMMITMENT, at.subject, c1, code1, c2, isoCodes.get(c2), day(date), ns);
                        }
                    }
                }
            });
        }

        void statements(Consumer<FactRow> sink) {
            Map<At, List<Node>> behalf = multimap(Vocab.onBehalfOf);
            forEachOfType(Vocab.Statement, at -> {
                for (Node c1 : behalf.getOrDefault(at, List.of())) {
                    String code1 = isoCodes.get(c1);
                    if (code1 == null) {
                        continue;
                    }
                    List<Node> dates = new ArrayList<>();
                    List<Node> c2s = new ArrayList<>();
                    for (Node m : madeAt.getOrDefault(at, List.of())) {
                        Node d = startDates.get(new At(at.graph, m));
                        if (d != null) {
                            dates.add(d);
                        }
                        for (Node c2 : participants.getOrDefault(new At(at.graph, m), List.of())) {
                            if (isoCodes.containsKey(c2)) {
                                c2s.add(c2);
                            }
                        }
                    }
                    if (dates.isEmpty()) {
                        dates.add(published.get(at.graph));
                    }
                    Set<String> ns = notationsOf(topics.get(at));
                    for (Node date : dates) {
                        if (c2s.isEmpty()) {
                            emit(sink, Kind.STATEMENT, at.subject, c1, code1, null, null, day(date), ns);
                        }
                        for (Node c2 : c2s) {
                            emit(sink, Kind.STATEMENT, at.subject, c1, code1, c2, isoCodes.get(c2), day(date), ns);
                        }
                    }
                }
            });
        }

        private Map<Node, Node> published() {
            Map<Node, Node> out = new HashMap<>();
            scan(Vocab.schemaDatePublished, q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    out.putIfAbsent(q.getGraph(), q.getObject());
                }
            });
            return out;
        }

        private void forEachOfType(Node type, Consumer<At> each) {
            Set<At> seen = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                At at = new At(q.getGraph(), q.getSubject());
                if (!q.isDefaultGraph() && seen.add(at)) {
                    each.accept(at);
                }
            });
        }

        private Set<Node> subjectsOfType(Node type) {
            Set<Node> out = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        }

        private Set<String> notationsOf(List<Node> topics) {
            if (topics == null) {
                return Set.of();
            }
            Set<String> out = new LinkedHashSet<>();
            for (Node t : topics) {
                String n = notations.get(t);
                if (n != null) {
                    out.add(n);
                }
            }
            return out;
        }
    }

    /** One row per topic (or one without a topic), as the query's OPTIONAL topic pattern gives them. */
    private static void emit(Consumer<FactRow> sink, Kind kind, Node item, Node c1, String code1, Node c2, String code2,
                             LocalDate day, Set<String> notations) {
        if (notations.isEmpty()) {
            sink.accept(new FactRow(kind, item, c1, code1, c2, code2, day, null));
        }
        for (String n : notations) {
            sink.accept(new FactRow(kind, item, c1, code1, c2, code2, day, n));
        }
    }

    private RowSet output(Map<List<Node>, Tally> groups) {
        Comparator<List<Node>> order = Comparator.<List<Node>, Boolean>comparing(k -> k.get(1) != null)
                .thenComparing(k -> k.get(0).getURI())
                .thenComparing(k -> k.get(1) == null ? "" : k.get(1).getURI());
        TreeMap<List<Node>, Tally> sorted = new TreeMap<>(order);
        sorted.putAll(groups);
        Map<Node, String> labels = englishLabels();
        List<Binding> out = new ArrayList<>();
        sorted.forEach((key, t) -> {
            Node source = key.get(0);
            Node target = key.get(1);
            String sourceCode = isoCodes.get(source);
            BindingBuilder b = BindingBuilder.create();
            b.add(var("element"), string(target != null ? "edge" : "node"));
            b.add(var("source"), source);
            if (target != null) {
                b.add(var("target"), target);
                b.add(var("label"), string(sourceCode + "–" + isoCodes.get(target)));
            } else {
                b.add(var("label"), string(labels.getOrDefault(source, sourceCode)));
                b.add(var("code"), string(sourceCode));
            }
            b.add(var("weight"), integer(t.meetings.size() + t.commitments.size() + t.statements.size()));
            b.add(var("meetings"), integer(t.meetings.size()));
            b.add(var("commitments"), integer(t.commitments.size()));
            b.add(var("statements"), integer(t.statements.size()));
            if (!t.dates.isEmpty()) {
                b.add(var("first"), date(t.dates.first()));
                b.add(var("last"), date(t.dates.last()));
            }
            b.add(var("topics"), string(String.join(" ", t.topics)));
            b.add(var("dates"), string(String.join(" ", t.dates.stream().map(LocalDate::toString).toList())));
            out.add(b.build());
        });
        return RowSetStream.create(COLUMNS.stream().map(Var::alloc).toList(), out.iterator());
    }

    private Map<Node, String> englishLabels() {
        Map<Node, String> out = new HashMap<>();
        scan(SKOS.prefLabel.asNode(), q -> {
            Node o = q.getObject();
            if (isoCodes.containsKey(q.getSubject()) && o.isLiteral()
                    && org.apache.jena.sparql.expr.nodevalue.NodeFunctions.langMatches(o.getLiteralLanguage(), "en")) {
                out.putIfAbsent(q.getSubject(), o.getLiteralLexicalForm());
            }
        });
        return out;
    }

    private void scan(Node predicate, Consumer<Quad> each) {
        dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                each.accept(q);
            }
        });
    }

    private Map<At, List<Node>> multimap(Node predicate) {
        Map<At, List<Node>> out = new HashMap<>();
        scan(predicate, q -> {
            List<Node> vs = out.computeIfAbsent(new At(q.getGraph(), q.getSubject()), k -> new ArrayList<>(2));
            if (!vs.contains(q.getObject())) {
                vs.add(q.getObject());
            }
        });
        return out;
    }

    private Map<At, Node> single(Node predicate) {
        Map<At, Node> out = new HashMap<>();
        scan(predicate, q -> out.putIfAbsent(new At(q.getGraph(), q.getSubject()), q.getObject()));
        return out;
    }

    /** Only full dates (xsd:date) place a fact in time, as in the query. */
    private static LocalDate day(Node date) {
        if (date == null || !date.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(date.getLiteralDatatypeURI())) {
            return null;
        }
        try {
            return LocalDate.parse(date.getLiteralLexicalForm());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Var var(String name) {
        return Var.alloc(name);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
