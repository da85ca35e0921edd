package org.bilateralkg.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.text.Tokenizer;

/**
 * Everything in data/synth, read once and checked against the reference data: phrasings per
 * language, article mix, titles of posts, multilateral events, durations, topic phrases, fillers.
 * Immutable: one instance serves every generating thread.
 */
final class SynthData {
    static final List<String> LANGUAGES = List.of("en", "hi");

    record LeaderRule(String country, String role, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    record EventDef(String id, String organisation, String level, List<String> hosts, Set<String> attendees,
                    int fromYear, Map<String, String> city, Map<String, List<String>> names, double weight) {
        boolean anyone() {
            return attendees.isEmpty();
        }
    }

    record DurationDef(int minutes, boolean approx, Map<String, String> adjective, Map<String, String> phrase) {
    }

    record TopicDef(String topic, double weight, Set<String> notBy, Set<String> onlyWith) {
        boolean none() {
            return topic.equals("-");
        }
    }

    record Filler(String kind, String key, Map<String, String> text) {
    }

    record Source(String name, String domain) {
    }

    final Map<String, String> settings;
    final List<LeaderRule> leaders;
    final Map<String, Map<String, String>> titles;
    final List<EventDef> events;
    final List<DurationDef> durations;
    final List<TopicDef> topics;
    final List<Filler> fillers;
    final Map<String, List<Source>> sources;
    final Map<String, Phrasebook> phrasebooks;
    final Map<String, Double> kindWeights;
    private final Map<String, List<Filler>> fillersByKind = new LinkedHashMap<>();
    private final Map<String, Filler> fillerByKey = new LinkedHashMap<>();
    private final Map<String, List<String>> words = new java.util.concurrent.ConcurrentHashMap<>();

    private SynthData(ReferenceData ref, Path dir) {
        List<String> problems = new ArrayList<>();
        settings = new LinkedHashMap<>();
        Table.read(dir.resolve("settings.tsv")).rows().forEach(r -> settings.put(r.get("key"), r.get("value")));
        kindWeights = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith("kind.")) {
                kindWeights.put(k.substring(5), Double.parseDouble(v));
            }
        });
        leaders = new ArrayList<>();
        for (Table.Row r : Table.read(dir.resolve("leaders.tsv")).rows()) {
            leaders.add(new LeaderRule(r.get("country"), r.get("role"), date(r.get("from")), date(r.get("to"))));
            requireRole(ref, r.get("role"), r.where(), problems);
        }
        titles = new LinkedHashMap<>();
        for (Table.Row r : Table.read(dir.resolve("titles.tsv")).rows()) {
            titles.put(r.get("country") + "|" + r.get("role"), Map.of("en", r.get("en"), "hi", r.get("hi")));
            requireRole(ref, r.get("role"), r.where(), problems);
        }
        events = new ArrayList<>();
        for (Table.Row r : Table.read(dir.resolve("events.tsv")).rows()) {
            if (!ref.organisations().containsKey(r.get("organisation"))) {
                problems.add(r.where() + ": unknown organisation " + r.get("organisation"));
                continue;
            }
            List<String> hosts = countries(ref, r.get("hosts"), r.where(), problems);
            Set<String> attendees = r.get("attendees").equals("*") ? Set.of()
                    : new LinkedHashSet<>(countries(ref, r.get("attendees"), r.where(), problems));
            Map<String, String> city = new LinkedHashMap<>();
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                if (!r.get("city_" + lang).isEmpty()) {
                    city.put(lang, r.get("city_" + lang));
                }
                names.put(lang, r.list("names_" + lang));
                if (r.list("names_" + lang).isEmpty()) {
                    problems.add(r.where() + ": no names_" + lang);
                }
            }
            events.add(new EventDef(r.get("id"), r.get("organisation"), r.get("level"), hosts, attendees,
                    Integer.parseInt(r.get("from")), city, names, Double.parseDouble(r.get("weight"))));
        }
        durations = new ArrayList<>();
        for (Table.Row r : Table.read(dir.resolve("durations.tsv")).rows()) {
            Map<String, String> adj = new LinkedHashMap<>();
            Map<String, String> phrase = new LinkedHashMap<>();
            putIfPresent(adj, "en", r.get("en_a"));
            putIfPresent(adj, "hi", r.get("hi_adj"));
            putIfPresent(phrase, "en", r.get("en_phrase"));
            putIfPresent(phrase, "hi", r.get("hi_phrase"));
            durations.add(new DurationDef(Integer.parseInt(r.get("minutes")), r.get("approx").equals("yes"), adj, phrase));
        }
        topics = new ArrayList<>();
        for (Table.Row r : Table.read(dir.resolve("topics.tsv")).rows()) {
            String t = r.get("topic");
            if (!t.equals("-") && !ref.topics().containsKey(t)) {
                problems.add(r.where() + ": unknown topic " + t + " (not in ontology/topics.ttl)");
            }
            topics.add(new TopicDef(t, Double.parseDouble(r.get("weight")), Set.copyOf(r.words("not_by")),
                    Set.copyOf(r.words("only_with"))));
        }
        fillers = new ArrayList<>();
        for (Table.Row r : Table.read(dir.resolve("fillers.tsv")).rows()) {
            Map<String, String> text = new LinkedHashMap<>();
            putIfPresent(text, "en", r.get("en"));
            putIfPresent(text, "hi", r.get("hi"));
            Filler f = new Filler(r.get("kind"), r.get("key"), text);
            fillers.add(f);
            fillersByKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
            fillerByKey.putIfAbsent(f.kind() + "|" + f.key(), f);
        }
        sources = new LinkedHashMap<>();
        for (Table.Row r : Table.read(dir.resolve("sources.tsv")).rows()) {
            sources.computeIfAbsent(r.get("language"), k -> new ArrayList<>()).add(new Source(r.get("name"), r.get("domain")));
        }
        Map<String, String[]> verbs = new LinkedHashMap<>();
        for (Table.Row r : Table.read(dir.resolve("verbs.hi.tsv")).rows()) {
            verbs.put(r.get("stem"), new String[]{r.get("inf_obl"), r.get("inf"), r.get("fut_sg"), r.get("fut_pl")});
        }
        phrasebooks = new LinkedHashMap<>();
        CueChecker cues = new CueChecker(ref);
        for (String lang : LANGUAGES) {
            Phrasebook pb = Phrasebook.load(lang, dir, verbs, problems);
            pb.check(cues, topics, problems);
            phrasebooks.put(lang, pb);
            if (!sources.containsKey(lang)) {
                problems.add("sources.tsv: no source for language " + lang);
            }
        }
        for (EventDef e : events) {
            for (String lang : LANGUAGES) {
                for (String n : e.names().get(lang)) {
                    if (!cues.topics(n).isEmpty()) {
                        problems.add("events.tsv: " + e.id() + ": the name \"" + n + "\" contains a cue of " + cues.topics(n));
                    }
                }
            }
        }
        for (String key : settings.keySet()) {
            if (key.contains("agencies.")) {
                for (String id : words(key)) {
                    if (!ref.organisations().containsKey(id)) {
                        problems.add("settings.tsv: " + key + ": unknown organisation " + id);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("data/synth has problems:\n  " + String.join("\n  ", problems));
        }
    }

    static SynthData load(ReferenceData ref) {
        Path dir = ref.home().resolve("data/synth");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no template directory " + dir);
        }
        return new SynthData(ref, dir);
    }

    String setting(String key) {
        String v = settings.get(key);
        if (v == null) {
            throw new IllegalStateException("data/synth/settings.tsv: no " + key);
        }
        return v;
    }

    double number(String key) {
        return Double.parseDouble(setting(key));
    }

    List<String> words(String key) {
        return words.computeIfAbsent(key, k -> {
            String v = settings.getOrDefault(k, "");
            return v.isBlank() ? List.of() : List.of(v.strip().split("\\s+"));
        });
    }

    /** A setting of several values separated by '|' (values may contain spaces). */
    List<String> list(String key) {
        String v = settings.getOrDefault(key, "");
        return v.isBlank() ? List.of() : java.util.Arrays.stream(v.split("\\|")).filter(x -> !x.isEmpty()).toList();
    }

    List<Filler> fillers(String kind) {
        return fillersByKind.getOrDefault(kind, List.of());
    }

    Filler filler(String kind, String key) {
        Filler f = fillerByKey.get(kind + "|" + key);
        if (f == null) {
            throw new IllegalStateException("fillers.tsv: no " + kind + " " + key);
        }
        return f;
    }

    /** The title of a post in a language: the country's own row, else the default ({@code *}). */
    String title(String country, String role, String lang) {
        Map<String, String> t = titles.get(country + "|" + role);
        if (t == null || t.getOrDefault(lang, "").isEmpty()) {
            t = titles.get("*|" + role);
        }
        return t == null ? null : t.get(lang);
    }

    private static void requireRole(ReferenceData ref, String role, String where, List<String> problems) {
        if (!ref.roles().containsKey(role)) {
            problems.add(where + ": unknown role " + role + " (not in ontology/roles.ttl)");
        }
    }

    private static List<String> countries(ReferenceData ref, String spec, String where, List<String> problems) {
        List<String> out = new ArrayList<>();
        for (String s : spec.split("\\s+")) {
            if (s.isEmpty()) {
                continue;
            }
            if (ref.organisations().containsKey(s)) {
                out.addAll(ref.organisations().get(s).members());
            } else if (ref.countries().containsKey(s.toUpperCase(Locale.ROOT))) {
                out.add(s.toUpperCase(Locale.ROOT));
            } else {
                problems.add(where + ": neither an organisation nor a country: " + s);
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (!v.isEmpty()) {
            m.put(k, v);
        }
    }

    /** Which topics a phrase names, as the extractor's dictionary sees it (cues and opposite cues). */
    static final class CueChecker {
        private final ReferenceData ref;

        CueChecker(ReferenceData ref) {
            this.ref = ref;
        }

        Set<String> topics(String text) {
            Set<String> out = new TreeSet<>();
            for (Match m : ref.gazetteer().findAll(Tokenizer.tokenize(text))) {
                if (m.kind() == EntryKind.TOPIC || m.kind() == EntryKind.TOPIC_OPPOSITE) {
                    out.add(m.value());
                }
            }
            return Collections.unmodifiableSet(out);
        }
    }
}
