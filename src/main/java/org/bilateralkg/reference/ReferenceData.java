package org.bilateralkg.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.text.LanguageIdentifier;
import org.bilateralkg.text.TextConventions;

/**
 * Everything the extractor knows before it reads an article: countries, organisations, people and
 * their posts, topics, roles and the cue lexicons, all read from data/ and ontology/ once per
 * process. Immutable, so one instance serves every worker thread.
 */
public final class ReferenceData {
    /** Languages whose CLDR country names (from the JDK) become labels. */
    static final List<String> LABEL_LANGUAGES =
            List.of("en", "hi", "ar", "bn", "de", "es", "fr", "ja", "ko", "pt", "ru", "ur", "zh");
    /** Languages with a lexicon: their names also feed the gazetteer. */
    static final List<String> TEXT_LANGUAGES = List.of("en", "hi");
    public static final String ONTOLOGY_NS = "https://bilateral-kg.org/ontology#";

    private final Path home;
    private final String base;
    private final String version;
    private final Map<String, Country> countries;
    private final Map<String, Organisation> organisations;
    private final Map<String, City> cities;
    private final Map<String, Person> people;
    private final Map<String, Concept> topics;
    private final Map<String, Concept> roles;
    private final Gazetteer gazetteer;
    private final TextConventions textConventions;
    private final LanguageIdentifier languages;
    private final Map<String, String> pressHome;
    private final Map<String, List<String>> peopleBySkeleton;
    private final TransliteratedNames transliteratedNames;
    private final Map<String, List<Tenure>> tenuresByPost;
    private final Graph topicGraph;
    private final Graph roleGraph;

    private ReferenceData(Path home, String base) {
        this.home = home;
        this.base = base;
        this.version = computeVersion(home);
        this.countries = loadCountries(home.resolve("data/countries.tsv"));
        this.organisations = loadOrganisations(home.resolve("data/organisations.tsv"));
        this.cities = loadCities(home.resolve("data/cities.tsv"));
        this.people = loadPeople(home.resolve("data/people"));
        this.peopleBySkeleton = skeletons(people);
        this.transliteratedNames = new TransliteratedNames(peopleBySkeleton);
        Map<String, List<Tenure>> byPost = new java.util.HashMap<>();
        people.values().forEach(p -> p.tenures().forEach(t ->
                byPost.computeIfAbsent(t.country() + "|" + t.role(), k -> new ArrayList<>()).add(t)));
        this.tenuresByPost = Collections.unmodifiableMap(byPost);
        this.topicGraph = parse(home.resolve("ontology/topics.ttl"), base);
        this.roleGraph = parse(home.resolve("ontology/roles.ttl"), base);
        this.topics = concepts(topicGraph);
        this.roles = concepts(roleGraph);
        this.textConventions = TextConventions.load(home.resolve("data/text"));
        this.languages = LanguageIdentifier.load(home.resolve("data/text/scripts.tsv"));
        this.pressHome = loadPressHome(home.resolve("data/text/press-home.tsv"));
        this.gazetteer = new GazetteerBuilder(this).build(loadLexicons(home.resolve("data/lexicon")));
    }

    /** Loads from {@code home} (the repository root, holding data/ and ontology/), minting under {@code base}. */
    public static ReferenceData load(Path home, String base) {
        return new ReferenceData(home, base);
    }

    public Path home() {
        return home;
    }

    public String base() {
        return base;
    }

    /** Hash of every reference file (and the JDK whose CLDR names are used): changes when any does. */
    public String version() {
        return version;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Map<String, Organisation> organisations() {
        return organisations;
    }

    public Map<String, City> cities() {
        return cities;
    }

    /** The capital of a country as a city of data/cities.tsv, if listed. */
    public Optional<City> capitalCity(String country) {
        return cities.values().stream().filter(c -> c.capital() && c.country().equals(country)).findFirst();
    }

    public Map<String, Person> people() {
        return people;
    }

    public Map<String, Concept> topics() {
        return topics;
    }

    public Map<String, Concept> roles() {
        return roles;
    }

    /** People known only by English names, found in Hindi text by how their names sound. */
    public TransliteratedNames transliteratedNames() {
        return transliteratedNames;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public TextConventions textConventions() {
        return textConventions;
    }

    /** The country a paper in {@code lang} means by a bare title (data/text/press-home.tsv), if any. */
    public Optional<String> pressHome(String lang) {
        return Optional.ofNullable(pressHome.get(lang));
    }

    private static Map<String, String> loadPressHome(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(file)) {
            out.put(r.get("language"), r.get("country").toUpperCase(Locale.ROOT));
        }
        return Collections.unmodifiableMap(out);
    }

    public LanguageIdentifier languages() {
        return languages;
    }

    public Graph topicGraph() {
        return topicGraph;
    }

    public Graph roleGraph() {
        return roleGraph;
    }

    /** Who held {@code role} for {@code country} on {@code date}, when exactly one person did. */
    public Optional<Person> holder(String country, String role, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        List<Person> found = tenuresByPost.getOrDefault(country + "|" + role, List.of()).stream()
                .filter(t -> t.covers(date)).map(t -> people.get(t.personId())).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * A person known to the reference data whose English name sounds like {@code name} (any script),
     * narrowed to those who served {@code country} when it is known; empty unless exactly one fits.
     */
    public Optional<Person> personLike(String name, String country) {
        List<String> ids = peopleBySkeleton.getOrDefault(NameSkeleton.of(HindiNameSpelling.forTransliteration(name)), List.of());
        List<Person> found = ids.stream().map(people::get)
                .filter(p -> country == null || p.tenures().stream().anyMatch(t -> t.country().equals(country)))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Map<String, List<String>> skeletons(Map<String, Person> people) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Person p : people.values()) {
            for (String n : p.names().all("en")) {
                String sk = NameSkeleton.of(n);
                if (sk.length() >= 3) {
                    List<String> l = out.computeIfAbsent(sk, k -> new ArrayList<>());
                    if (!l.contains(p.id())) {
                        l.add(p.id());
                    }
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    // ---- loading -------------------------------------------------------------------------

    private static Map<String, Country> loadCountries(Path file) {
        Map<String, Tsv.Row> curated = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(file)) {
            curated.put(r.get("code").toUpperCase(Locale.ROOT), r);
        }
        Map<String, Country> out = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Names.Builder names = new Names.Builder();
            Names.Builder demonyms = new Names.Builder();
            Names.Builder capital = new Names.Builder();
            Tsv.Row row = curated.get(code);
            if (row != null) {
                names.addAll("en", row.list("names_en"));
                names.addAll("hi", row.list("names_hi"));
                demonyms.addAll("en", row.list("demonyms_en"));
                demonyms.addAll("hi", row.list("demonyms_hi"));
                capital.addAll("en", row.list("capital_en"));
                capital.addAll("hi", row.list("capital_hi"));
            }
            Locale region = new Locale("", code);
            for (String lang : LABEL_LANGUAGES) {
                String n = region.getDisplayCountry(Locale.forLanguageTag(lang));
                if (!n.isBlank() && !n.equals(code)) {
                    names.add(lang, n);
                }
            }
            String source = row != null ? "CLDR (JDK " + Runtime.version().feature() + ") + " + row.get("source")
                    : "CLDR (JDK " + Runtime.version().feature() + ")";
            out.put(code, new Country(code, names.build(), demonyms.build(), capital.build(), source));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Organisation> loadOrganisations(Path file) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(file)) {
            Names names = new Names.Builder().addAll("en", r.list("names_en")).addAll("hi", r.list("names_hi")).build();
            Organisation.Kind kind = r.get("kind").equalsIgnoreCase("agency") ? Organisation.Kind.AGENCY : Organisation.Kind.IGO;
            List<String> members = r.get("members").isEmpty() ? List.of() : List.of(r.get("members").split("\\s+"));
            String country = r.get("country").isEmpty() ? null : r.get("country").toUpperCase(Locale.ROOT);
            out.put(r.get("id"), new Organisation(r.get("id"), kind, country, names, members, r.get("source")));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, City> loadCities(Path file) {
        Map<String, City> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        for (Tsv.Row r : Tsv.read(file)) {
            Names names = new Names.Builder().addAll("en", r.list("names_en")).addAll("hi", r.list("names_hi")).build();
            out.put(r.get("id"), new City(r.get("id"), r.get("country").toUpperCase(Locale.ROOT), names,
                    r.get("capital").equalsIgnoreCase("yes"), r.get("source")));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Person> loadPeople(Path dir) {
        Map<String, Names.Builder> names = new LinkedHashMap<>();
        Map<String, List<Tenure>> tenures = new LinkedHashMap<>();
        for (Path file : files(dir, ".tsv")) {
            for (Tsv.Row r : Tsv.read(file)) {
                String id = r.get("person_id");
                if (id.isEmpty()) {
                    continue;
                }
                Names.Builder nb = names.computeIfAbsent(id, k -> new Names.Builder());
                nb.add("en", r.get("name_en")).addAll("en", r.list("aliases_en")).addAll("hi", r.list("names_hi"));
                String country = r.get("country").toUpperCase(Locale.ROOT);
                if (!country.isEmpty() && !r.get("role").isEmpty()) {
                    Tenure t = new Tenure(id, country, r.get("role"), date(r.get("start"), r.where()),
                            date(r.get("end"), r.where()), r.get("source"));
                    List<Tenure> l = tenures.computeIfAbsent(id, k -> new ArrayList<>());
                    if (l.stream().noneMatch(x -> x.country().equals(t.country()) && x.role().equals(t.role())
                            && java.util.Objects.equals(x.start(), t.start()))) {
                        l.add(t);
                    }
                }
            }
        }
        Map<String, Person> out = new LinkedHashMap<>();
        names.forEach((id, nb) -> {
            List<Tenure> l = new ArrayList<>(tenures.getOrDefault(id, List.of()));
            l.sort(java.util.Comparator.comparing(Tenure::start, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            out.put(id, new Person(id, nb.build(), List.copyOf(l)));
        });
        return Collections.unmodifiableMap(out);
    }

    private static LocalDate date(String s, String where) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(where + ": not a date: " + s);
        }
    }

    private static Map<String, List<String[]>> loadLexicons(Path dir) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (Path file : files(dir, ".tsv")) {
            String lang = file.getFileName().toString().replace(".tsv", "");
            List<String[]> rows = new ArrayList<>();
            for (Tsv.Row r : Tsv.read(file)) {
                rows.add(new String[]{r.get("kind"), r.get("phrase"), r.get("value"), r.where()});
            }
            out.put(lang, rows);
        }
        return out;
    }

    static Graph parse(Path file, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).base(base).parse(g);
        return g;
    }

    private Map<String, Concept> concepts(Graph g) {
        Map<String, Concept> out = new LinkedHashMap<>();
        Node cue = NodeFactory.createURI(ONTOLOGY_NS + "cue");
        Node opposite = NodeFactory.createURI(ONTOLOGY_NS + "oppositeCue");
        Node ministry = NodeFactory.createURI(ONTOLOGY_NS + "ministryCue");
        g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).toList().forEach(t -> {
            Node c = t.getSubject();
            String notation = literal(g, c, SKOS.notation.asNode());
            if (notation == null) {
                return;
            }
            out.put(notation, new Concept(notation, langStrings(g, c, SKOS.prefLabel.asNode()),
                    langStrings(g, c, cue), langStrings(g, c, opposite), langStrings(g, c, ministry)));
        });
        return Collections.unmodifiableMap(out);
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private static Names langStrings(Graph g, Node s, Node p) {
        Names.Builder b = new Names.Builder();
        g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .sorted(java.util.Comparator.comparing(Node::getLiteralLexicalForm))
                .forEach(o -> b.add(o.getLiteralLanguage().isEmpty() ? "en" : o.getLiteralLanguage(), o.getLiteralLexicalForm()));
        return b.build();
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String computeVersion(Path home) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> all = new ArrayList<>();
            for (String dir : List.of("data", "ontology")) {
                Path d = home.resolve(dir);
                if (Files.isDirectory(d)) {
                    try (Stream<Path> s = Files.walk(d)) {
                        s.filter(Files::isRegularFile)
                                .filter(p -> !home.relativize(p).startsWith("data/articles"))
                                .filter(p -> !home.relativize(p).startsWith("data/gold"))
                                .filter(p -> !home.relativize(p).startsWith("data/synth"))
                                .forEach(all::add);
                    }
                }
            }
            all.sort(null);
            for (Path p : all) {
                md.update(home.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            md.update(("jdk-cldr:" + Runtime.version().feature()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data under " + home, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
