package org.bilateralkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bilateralkg.reference.Person;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.reference.Tenure;
import org.bilateralkg.text.Token;

/**
 * What has been learnt so far while reading one article: the people met, the names they go by,
 * who spoke last. Lives for one {@link Extractor#extract} call only (no shared mutable state).
 */
final class ArticleState {
    final ReferenceData ref;
    final String text;
    final String lang;
    /** The date posts are looked up for: the publication date, when known. */
    final LocalDate referenceDate;
    /** Country of the dateline's place ("ढाका, तीन जनवरी"), or null. */
    final String datelineCountry;

    private final Map<String, PersonBuilder> people = new LinkedHashMap<>();
    private final Map<String, String> nameIndex = new HashMap<>();
    private final List<PersonMention> mentionsInOrder = new ArrayList<>();

    ArticleState(ReferenceData ref, String text, String lang, LocalDate referenceDate, String datelineCountry) {
        this.ref = ref;
        this.text = text;
        this.lang = lang;
        this.referenceDate = referenceDate;
        this.datelineCountry = datelineCountry;
    }

    static final class PersonBuilder {
        final String key;
        final boolean known;
        final List<String> names = new ArrayList<>();
        String country;
        String role;
        final List<Evidence> evidence = new ArrayList<>();

        PersonBuilder(String key, boolean known) {
            this.key = key;
            this.known = known;
        }
    }

    /** Records a mention of a person (known or new) and returns the mention with its key settled. */
    PersonMention mention(String knownId, String name, List<Token> nameTokens, String country, String role,
                          int from, int to, Evidence ev) {
        String key = knownId;
        if (key == null && nameTokens != null) {
            key = nameIndex.get(joinNorm(nameTokens));
        }
        boolean known = knownId != null;
        if (key == null && name != null) {
            // Same name in another script or spelling as someone the reference data knows?
            Optional<Person> like = ref.personLike(name, country);
            if (like.isPresent()) {
                key = like.get().id();
                known = true;
            }
        }
        if (key == null) {
            key = NameSlugger.slug(name);
        }
        final boolean isKnown = known;
        PersonBuilder p = people.computeIfAbsent(key, k -> new PersonBuilder(k, isKnown));
        if (name != null && !p.names.contains(name)) {
            p.names.add(name);
        }
        if (country != null) {
            p.country = country;
        }
        if (role != null) {
            p.role = role;
        }
        fillFromReference(p);
        if (p.country == null && p.role != null) {
            p.country = bareTitleCountry(p); // "विदेश सचिव सुजाता सिंह" in the Hindi press: India's
        }
        p.evidence.add(ev);
        if (nameTokens != null && !nameTokens.isEmpty()) {
            index(nameTokens, key);
        }
        PersonMention m = new PersonMention(key, from, to, p.country, p.role, ev);
        mentionsInOrder.add(m);
        return m;
    }

    /** Posts a country has one holder of at a time. */
    private static final java.util.Set<String> SINGLE_HOLDER = java.util.Set.of("head-of-state", "head-of-government",
            "foreign-minister");

    /**
     * The country of a person named after a bare title ("प्रधानमंत्री शेख हसीना") whom the reference
     * data does not know: the press's home country, unless the home country's holder of that
     * one-holder post on the article's date is known and is someone else; then the dateline's
     * country when it is foreign ("ढाका ... यहां प्रधानमंत्री शेख हसीना"), else none (never a guess).
     */
    private String bareTitleCountry(PersonBuilder p) {
        Optional<String> home = ref.pressHome(lang);
        if (home.isEmpty()) {
            return null;
        }
        if (p.known || p.names.isEmpty() || referenceDate == null || !SINGLE_HOLDER.contains(p.role)) {
            return home.get();
        }
        Optional<Person> holder = ref.holder(home.get(), p.role, referenceDate);
        if (holder.isEmpty() || holder.get().id().equals(p.key)) {
            return home.get();
        }
        return datelineCountry != null && !datelineCountry.equals(home.get()) ? datelineCountry : null;
    }

    private void fillFromReference(PersonBuilder p) {
        if (!p.known) {
            return;
        }
        Person person = ref.people().get(p.key);
        if (person == null) {
            return;
        }
        Optional<Tenure> t = person.tenureOn(referenceDate);
        if (p.country == null) {
            p.country = t.map(Tenure::country).orElse(person.countryOn(referenceDate).orElse(null));
        }
        if (p.role == null && t.isPresent() && t.get().country().equals(p.country)) {
            p.role = t.get().role();
        }
    }

    /**
     * An official the article names only by post ("a Chinese foreign ministry spokesperson"): the
     * post itself stands for the speaker, keyed "post:CC:role".
     */
    PersonMention mentionPost(String country, String role, int from, int to, Evidence ev) {
        String key = POST_PREFIX + country + ":" + role;
        PersonBuilder p = people.computeIfAbsent(key, k -> new PersonBuilder(k, false));
        p.country = country;
        p.role = role;
        p.evidence.add(ev);
        PersonMention m = new PersonMention(key, from, to, country, role, ev);
        mentionsInOrder.add(m);
        return m;
    }

    static final String POST_PREFIX = "post:";

    /** The person met most recently in the article who holds {@code role} ("the minister said"). */
    Optional<String> lastWithRole(String role) {
        for (int i = mentionsInOrder.size() - 1; i >= 0; i--) {
            PersonBuilder p = people.get(mentionsInOrder.get(i).key());
            if (role.equals(p.role)) {
                return Optional.of(p.key);
            }
        }
        return Optional.empty();
    }

    /** Full name and, for names of two or more words, the family name: later mentions use them. */
    private void index(List<Token> nameTokens, String key) {
        nameIndex.putIfAbsent(joinNorm(nameTokens), key);
        nameTokens.stream().filter(Token::isWord).forEach(t -> nameStarts.add(t.norm()));
        List<Token> words = nameTokens.stream().filter(Token::isWord)
                .filter(t -> !SUFFIXES.contains(t.norm())).toList();
        if (words.size() >= 2) {
            nameIndex.putIfAbsent(words.get(words.size() - 1).norm(), key);
            String c = people.get(key).country;
            // East Asian names put the family name first ("Wang Yi" is "Wang" on second mention).
            if (c != null && List.of("CN", "TW", "HK", "MO", "KR", "KP", "VN").contains(c)) {
                nameIndex.putIfAbsent(words.get(0).norm(), key);
            }
        }
    }

    /** Whether some name met so far starts with this word: cheap test before {@link #knownName}. */
    boolean startsAName(String norm) {
        return nameStarts.contains(norm);
    }

    private final java.util.Set<String> nameStarts = new java.util.HashSet<>();

    /** Key of a person already met whose name (or family name) is exactly these tokens. */
    String knownName(List<Token> tokens) {
        return nameIndex.get(joinNorm(tokens));
    }

    /** The person of this country and role met most recently in the article, else the reference holder. */
    Optional<String> byPost(String country, String role) {
        for (int i = mentionsInOrder.size() - 1; i >= 0; i--) {
            PersonBuilder p = people.get(mentionsInOrder.get(i).key());
            if (country.equals(p.country) && role.equals(p.role)) {
                return Optional.of(p.key);
            }
        }
        return ref.holder(country, role, referenceDate).map(Person::id);
    }

    /**
     * The people of the two countries met most recently ("the two leaders" with no meeting reported
     * yet: the pair the article has just named), latest first; empty when fewer than two countries.
     */
    List<PersonMention> recentPair() {
        List<PersonMention> out = new ArrayList<>();
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        for (int i = mentionsInOrder.size() - 1; i >= 0 && countries.size() < 2; i--) {
            PersonMention m = mentionsInOrder.get(i);
            PersonBuilder p = people.get(m.key());
            if (p.country == null || m.key().startsWith(POST_PREFIX) || out.stream().anyMatch(o -> o.key().equals(m.key()))) {
                continue;
            }
            countries.add(p.country);
            out.add(new PersonMention(m.key(), m.from(), m.to(), p.country, p.role, m.evidence()));
        }
        return countries.size() == 2 ? out : List.of();
    }

    Optional<PersonMention> lastMention() {
        return mentionsInOrder.isEmpty() ? Optional.empty() : Optional.of(mentionsInOrder.get(mentionsInOrder.size() - 1));
    }

    PersonBuilder person(String key) {
        return people.get(key);
    }

    List<PersonRef> people() {
        List<PersonRef> out = new ArrayList<>();
        for (PersonBuilder p : people.values()) {
            if (p.key.startsWith(POST_PREFIX)) {
                continue; // a post, not a person: written as the post
            }
            out.add(new PersonRef(p.key, p.known, List.copyOf(p.names), lang, p.country, p.role, List.copyOf(p.evidence)));
        }
        return out;
    }

    /** Generational suffixes: "Ferdinand Marcos Jr" is "Marcos" on second mention. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    static String joinNorm(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.isWord()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.norm());
            }
        }
        return sb.toString();
    }
}
