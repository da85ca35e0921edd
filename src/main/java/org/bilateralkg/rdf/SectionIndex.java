package org.bilateralkg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The navigation index of the long page sections. A page shows 50 rows of a section that may hold
 * thousands (a topic's commitments at 100,000 articles), newest first. Ordering thousands of facts
 * by date on every request costs hundreds of milliseconds in TDB2, so every fact is also listed in
 * a month bucket of each section it appears in: {@code <fact> bkg:listedIn <bucket>}. A page reads
 * the entry counts of the section's buckets (one small row per month), then only the buckets that
 * hold its 50 rows.
 * <p>
 * An <em>index</em> is one section of one page ({@code <base>index/topic-commitments/topic/x}); its
 * buckets are {@code <index>/2024-05}, or {@code <index>/undated}. Entries of article facts are
 * written into the article's own graph (so replacing or removing an article takes its entries
 * with it); entries of canonical meetings into the derived graph of meetings. The counts live in
 * the graph {@link #graphName derived/index} and are kept by the store.
 */
public final class SectionIndex {
    /** Where a section's facts live: in article graphs, or in the derived graph of canonical meetings. */
    public enum Scope { ARTICLE, DERIVED }

    /** The long sections, named as the page queries that show them ({@code server/queries/NAME.rq}). */
    public enum Section {
        TOPIC_COMMITMENTS(Scope.ARTICLE, Vocab.Commitment, Vocab.topic, null),
        TOPIC_STATEMENTS(Scope.ARTICLE, Vocab.Statement, Vocab.topic, null),
        PERSON_COMMITMENTS(Scope.ARTICLE, Vocab.Commitment, Vocab.speaker, null),
        PERSON_STATEMENTS(Scope.ARTICLE, Vocab.Statement, Vocab.speaker, null),
        COUNTRY_COMMITMENTS(Scope.ARTICLE, Vocab.Commitment, Vocab.committingCountry, null),
        COUNTRY_STATEMENTS(Scope.ARTICLE, Vocab.Statement, Vocab.onBehalfOf, null),
        /** Both directions of a pair: the committing country and its partner. */
        PAIR_COMMITMENTS(Scope.ARTICLE, Vocab.Commitment, Vocab.committingCountry, Vocab.partnerCountry),
        COUNTRY_MEETINGS(Scope.DERIVED, Vocab.Meeting, Vocab.participantCountry, null),
        PERSON_MEETINGS(Scope.DERIVED, Vocab.Meeting, Vocab.participant, null),
        /** Every pair of the meeting's countries. */
        PAIR_MEETINGS(Scope.DERIVED, Vocab.Meeting, Vocab.participantCountry, Vocab.participantCountry),
        // Everything of a kind, for the home page's newest items and its totals.
        ALL_ARTICLES(Scope.ARTICLE, Vocab.Article, null, null),
        ALL_STATEMENTS(Scope.ARTICLE, Vocab.Statement, null, null),
        ALL_COMMITMENTS(Scope.ARTICLE, Vocab.Commitment, null, null),
        ALL_MEETINGS(Scope.DERIVED, Vocab.Meeting, null, null);

        final Scope scope;
        final Node type;
        final Node first;
        final Node second;

        Section(Scope scope, Node type, Node first, Node second) {
            this.scope = scope;
            this.type = type;
            this.first = first;
            this.second = second;
        }

        /** The section's name: the name of its page query. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** A section indexed by a pair of countries rather than one entity. */
        public boolean isPair() {
            return second != null;
        }

        /** How many entities name one of the section's indexes: 0 (everything of a kind), 1, or 2 (a pair). */
        public int entities() {
            return first == null ? 0 : isPair() ? 2 : 1;
        }

        public static Optional<Section> byId(String id) {
            return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
        }
    }

    private static final String UNDATED = "undated";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private SectionIndex() {
    }

    /** The graph of bucket counts. */
    public static Node graphName(Iris iris) {
        return iris.graph("derived/index");
    }

    /** The index of one section of one entity's page, or of a country pair's page (entities in any order). */
    public static Node index(Iris iris, Section section, Node... entities) {
        if (entities.length != section.entities()) {
            throw new IllegalArgumentException(section.id() + " is indexed by " + section.entities() + " entities");
        }
        StringBuilder iri = new StringBuilder(iris.base()).append("index/").append(section.id());
        Node[] sorted = entities.clone();
        Arrays.sort(sorted, Comparator.comparing(Node::getURI));
        for (Node e : sorted) {
            iri.append('/').append(local(iris, e));
        }
        return NodeFactory.createURI(iri.toString());
    }

    /**
     * The node of a section, {@code <base>index/SECTION}. For a section of everything of a kind it is
     * the section's only index; for a section of one entity it holds the section's directory.
     */
    public static Node sectionNode(Iris iris, Section section) {
        return NodeFactory.createURI(iris.base() + "index/" + section.id());
    }

    /**
     * The section of an index of one entity or one pair and the entity's path under {@code <base>id/}
     * ("person/sergey-lavrov", or "country/CN/country/RU" for a pair); empty for any other index.
     */
    public record Entry(Section section, String entityPath) {
    }

    public static Optional<Entry> entryOf(Iris iris, Node index) {
        String prefix = iris.base() + "index/";
        String u = index.getURI();
        if (!u.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = u.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return Section.byId(rest.substring(0, slash)).filter(s -> s.entities() > 0)
                .map(s -> new Entry(s, rest.substring(slash + 1)));
    }

    /** The directory of a section of entities or pairs: "person/sergey-lavrov:4559 person/wang-yi:3120", most entries first. */
    public static String directory(java.util.Map<String, Long> totals) {
        return totals.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(" "));
    }

    /** The entity paths and totals of a directory, in its order (most entries first). */
    public static java.util.LinkedHashMap<String, Long> readDirectory(String directory) {
        java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
        for (String item : directory.trim().split("\\s+")) {
            int colon = item.lastIndexOf(':');
            if (colon > 0) {
                out.put(item.substring(0, colon), Long.parseLong(item.substring(colon + 1)));
            }
        }
        return out;
    }

    /** The entity of a one-entity index of {@code section}; empty for an index of another section. */
    public static Optional<Node> entityOf(Iris iris, Section section, Node index) {
        return entryOf(iris, index).filter(e -> e.section() == section && section.entities() == 1 && !e.entityPath().startsWith("iri/"))
                .map(e -> NodeFactory.createURI(iris.base() + "id/" + e.entityPath()));
    }

    /** The bucket of {@code index} for an entry dated {@code date} (any xsd date or dateTime; null when undated). */
    public static Node bucket(Node index, Node date) {
        return NodeFactory.createURI(index.getURI() + "/" + period(date).orElse(UNDATED));
    }

    /** The index a bucket belongs to. */
    public static Node indexOf(Node bucket) {
        String u = bucket.getURI();
        return NodeFactory.createURI(u.substring(0, u.lastIndexOf('/')));
    }

    /** The month of a bucket ("2024-05"), empty for the bucket of undated entries. */
    public static Optional<String> periodOf(Node bucket) {
        String u = bucket.getURI();
        String p = u.substring(u.lastIndexOf('/') + 1);
        return MONTH.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }

    /** A bucket of an index, its month (null for the undated bucket) and how many entries it lists. */
    public record Bucket(Node bucket, String period, long entries) {
    }

    /** Newest month first, the undated bucket last: the order of every long section. */
    public static final Comparator<String> NEWEST_FIRST = Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed();

    /**
     * The table of contents of an index, the one literal a page reads: "2024-05:17 2024-04:12
     * undated:3", newest month first. Buckets with no entries are left out.
     */
    public static String contents(java.util.Collection<Bucket> buckets) {
        StringBuilder out = new StringBuilder();
        buckets.stream().filter(b -> b.entries() > 0).sorted(Comparator.comparing(Bucket::period, NEWEST_FIRST)).forEach(b -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(b.period() == null ? UNDATED : b.period()).append(':').append(b.entries());
        });
        return out.toString();
    }

    /** The buckets of {@code index} listed by its table of contents, in its order. */
    public static List<Bucket> readContents(Node index, String contents) {
        List<Bucket> out = new ArrayList<>();
        for (String item : contents.trim().split("\\s+")) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            String p = item.substring(0, colon);
            Node b = NodeFactory.createURI(index.getURI() + "/" + p);
            out.add(new Bucket(b, MONTH.matcher(p).matches() ? p : null, Long.parseLong(item.substring(colon + 1))));
        }
        return out;
    }

    /** The month of a date literal; empty for none, or for a date without a year ("--05-01"). */
    static Optional<String> period(Node date) {
        if (date == null || !date.isLiteral()) {
            return Optional.empty();
        }
        String lex = date.getLiteralLexicalForm();
        return lex.length() >= 7 && MONTH.matcher(lex.substring(0, 7)).matches() ? Optional.of(lex.substring(0, 7)) : Optional.empty();
    }

    /**
     * Adds the index entries of the facts of {@code g}: for an article graph (scope ARTICLE, dated by
     * the article's publication) or for the derived graph of canonical meetings (scope DERIVED,
     * dated by each meeting's start).
     */
    public static void addEntries(Iris iris, Graph g, Scope scope, Node article) {
        Node published = scope == Scope.ARTICLE ? first(g, article, Vocab.schemaDatePublished) : null;
        List<Triple> entries = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s.scope != scope) {
                continue;
            }
            g.find(Node.ANY, RDF.type.asNode(), s.type).forEachRemaining(t -> {
                Node fact = t.getSubject();
                Node date = scope == Scope.ARTICLE ? published : first(g, fact, Vocab.schemaStartDate);
                for (Node[] entities : entitiesOf(g, s, fact)) {
                    entries.add(Triple.create(fact, Vocab.listedIn, bucket(index(iris, s, entities), date)));
                }
            });
        }
        entries.forEach(g::add);
    }

    /** The buckets that list the facts of {@code g}. */
    public static Set<Node> bucketsIn(Graph g) {
        Set<Node> out = new java.util.HashSet<>();
        g.find(Node.ANY, Vocab.listedIn, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static List<Node[]> entitiesOf(Graph g, Section s, Node fact) {
        List<Node[]> out = new ArrayList<>();
        if (s.entities() == 0) {
            out.add(new Node[0]);
        } else if (!s.isPair()) {
            objects(g, fact, s.first).forEach(e -> out.add(new Node[]{e}));
        } else if (s.first.equals(s.second)) {
            List<Node> all = new ArrayList<>(objects(g, fact, s.first));
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    out.add(new Node[]{all.get(i), all.get(j)});
                }
            }
        } else {
            for (Node a : objects(g, fact, s.first)) {
                for (Node b : objects(g, fact, s.second)) {
                    if (!a.equals(b)) {
                        out.add(new Node[]{a, b});
                    }
                }
            }
        }
        return out;
    }

    /** The IRI objects, sorted: the same graph always gives the same entries. */
    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    private static Node first(Graph g, Node s, Node p) {
        if (s == null) {
            return null;
        }
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** An entity's part of an index IRI: its path under {@code <base>id/}, else its whole IRI, escaped. */
    private static String local(Iris iris, Node entity) {
        String u = entity.getURI();
        String ids = iris.base() + "id/";
        return u.startsWith(ids) ? u.substring(ids.length()) : "iri/" + URLEncoder.encode(u, StandardCharsets.UTF_8);
    }
}
