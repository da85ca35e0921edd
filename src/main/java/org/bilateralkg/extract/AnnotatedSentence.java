package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;
import org.bilateralkg.text.Sentence;
import org.bilateralkg.text.Token;

/**
 * A sentence with its dictionary matches, overlaps resolved: among names of things (countries,
 * people, roles, organisations, event names) the longest match wins; topic cues are resolved among
 * themselves; every other cue kind keeps its own longest matches.
 */
final class AnnotatedSentence {
    private static final Set<EntryKind> ENTITY_LAYER = Set.of(EntryKind.COUNTRY, EntryKind.DEMONYM,
            EntryKind.CAPITAL, EntryKind.CITY, EntryKind.ORGANISATION, EntryKind.AGENCY, EntryKind.PERSON, EntryKind.ROLE,
            EntryKind.MINISTRY, EntryKind.EVENT_KIND, EntryKind.COUNTERPART);
    private static final Set<EntryKind> TOPIC_LAYER = Set.of(EntryKind.TOPIC, EntryKind.TOPIC_OPPOSITE);

    final Sentence sentence;
    final List<Token> tokens;
    final String lang;
    private final Map<EntryKind, List<Match>> byKind = new EnumMap<>(EntryKind.class);

    AnnotatedSentence(Sentence sentence, List<Match> all, String lang) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lang = lang;
        List<Match> entities = new ArrayList<>();
        List<Match> topics = new ArrayList<>();
        Map<EntryKind, List<Match>> cues = new EnumMap<>(EntryKind.class);
        for (Match m : all) {
            if (!m.entry().lang().equals(lang)) {
                continue;
            }
            if (ENTITY_LAYER.contains(m.kind())) {
                entities.add(m);
            } else if (TOPIC_LAYER.contains(m.kind())) {
                topics.add(m);
            } else {
                cues.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Match> kept = new ArrayList<>();
        kept.addAll(longestFirst(entities));
        kept.addAll(longestFirst(topics));
        cues.values().forEach(l -> kept.addAll(longestFirst(l)));
        kept.sort(Comparator.comparingInt(Match::from).thenComparingInt(Match::to));
        for (Match m : kept) {
            byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Greedy longest-first selection; matches with the very same span all survive. */
    private static List<Match> longestFirst(List<Match> ms) {
        List<Match> sorted = new ArrayList<>(ms);
        sorted.sort(Comparator.comparingInt((Match m) -> m.to() - m.from()).reversed().thenComparingInt(Match::from));
        List<Match> out = new ArrayList<>();
        for (Match m : sorted) {
            boolean clash = false;
            for (Match o : out) {
                boolean sameSpan = o.from() == m.from() && o.to() == m.to();
                if (!sameSpan && m.from() < o.to() && o.from() < m.to()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                out.add(m);
            }
        }
        return out;
    }

    List<Match> of(EntryKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    boolean has(EntryKind kind) {
        return !of(kind).isEmpty();
    }

    /** The match of {@code kind} that ends exactly at token {@code end}, if any. */
    Match endingAt(EntryKind kind, int end) {
        for (Match m : of(kind)) {
            if (m.to() == end) {
                return m;
            }
        }
        return null;
    }

    Match startingAt(EntryKind kind, int start) {
        for (Match m : of(kind)) {
            if (m.from() == start) {
                return m;
            }
        }
        return null;
    }

    /**
     * The match of {@code kind} that starts at token {@code start} with {@code value}: which postposition,
     * which preposition. Unlike reading the token, it sees nothing before the first sentence's dateline,
     * whose matches the Extractor drops; at the end of another match, or just before its start, it sees
     * the same word (a dateline ends with punctuation).
     */
    Match startingAt(EntryKind kind, int start, String value) {
        for (Match m : of(kind)) {
            if (m.from() == start && m.value().equals(value)) {
                return m;
            }
        }
        return null;
    }

    /** True when some match of {@code kind} covers token {@code i}. */
    boolean covers(EntryKind kind, int i) {
        for (Match m : of(kind)) {
            if (m.from() <= i && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    int size() {
        return tokens.size();
    }

    boolean isHindi() {
        return lang.equals("hi");
    }

    /** Evidence for tokens {@code [from, to)} of this sentence. */
    Evidence evidence(String text, int from, int to, String rule, double confidence) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Evidence(start, end, text.substring(start, end), sentence.index(), rule, confidence);
    }

    Evidence wholeSentence(String text, String rule, double confidence) {
        return evidence(text, 0, tokens.size(), rule, confidence);
    }
}
