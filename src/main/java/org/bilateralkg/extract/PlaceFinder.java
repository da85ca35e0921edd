package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bilateralkg.reference.City;
import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;
import org.bilateralkg.reference.ReferenceData;

/**
 * Places in a sentence: "in Laos", "लाओस में", "in Vientiane", "वियनतियाने में", "in the Laotian
 * capital", "here" / "यहां" (the dateline's place), and the dateline itself ("VIENTIANE, July 27
 * (Reuters) -", "दुबई (वार्ता):", "नयी दिल्ली, 12 मार्च (भाषा)").
 */
final class PlaceFinder {
    private static final int MAX_DATELINE_TOKENS = 12;

    private final ReferenceData ref;

    PlaceFinder(ReferenceData ref) {
        this.ref = ref;
    }

    /** The first place in a locative phrase, or the dateline's place for "here". */
    Place locative(AnnotatedSentence s, Place dateline) {
        return locative(s, dateline, 0, s.size());
    }

    /** The first place of tokens {@code [from, to)} in a locative phrase, or the dateline's place for "here". */
    Place locative(AnnotatedSentence s, Place dateline, int from, int to) {
        return locative(s, dateline, from, to, null);
    }

    /**
     * The place of tokens {@code [from, to)} nearest to {@code cue} (the first one when no cue is
     * given): "will attend a summit in Buenos Aires on Tuesday, before travelling to Montevideo on
     * Wednesday to meet Lacalle Pou" meets in Montevideo.
     */
    Place locative(AnnotatedSentence s, Place dateline, int from, int to, Match cue) {
        List<Place> found = new ArrayList<>();
        // "..., where they sparred over the war in Syria": places in a relative clause are not the meeting's.
        int limit = s.of(EntryKind.CLAUSE_BOUNDARY).stream().mapToInt(Match::from).min().orElse(s.size());
        boolean visit = s.has(EntryKind.VISIT);
        for (EntryKind k : new EntryKind[]{EntryKind.CITY, EntryKind.CAPITAL, EntryKind.COUNTRY}) {
            for (Match m : s.of(k)) {
                if (m.from() > limit) {
                    continue;
                }
                boolean loc = s.isHindi() ? s.startingAt(EntryKind.LOCATIVE_AFTER, m.to()) != null
                        : englishLocative(s, m.from()) || (visit && s.startingAt(EntryKind.PREPOSITION, m.from() - 1, "to") != null)
                        // "will visit Australia", "visited India": the visited place is the object of the verb
                        || s.endingAt(EntryKind.VISIT, m.from()) != null;
                if (loc) {
                    found.add(place(s, m));
                }
            }
        }
        // "in the Laotian capital", "लाओस की राजधानी में"
        for (Match d : s.of(EntryKind.DEMONYM)) {
            if (s.norm(d.to()).equals("capital")) {
                found.add(capital(d.value(), d.from(), d.to() + 1));
            }
        }
        if (dateline != null) {
            for (Match h : s.of(EntryKind.HERE)) {
                found.add(new Place(dateline.country(), dateline.city(), h.from(), h.to()));
            }
        }
        Comparator<Place> order = cue == null ? Comparator.comparingInt(Place::from)
                : Comparator.comparingInt((Place p) -> distance(p, cue)).thenComparingInt(Place::from);
        return found.stream().filter(p -> p.from() >= from && p.from() < to).min(order).orElse(null);
    }

    private static int distance(Place p, Match cue) {
        return p.to() <= cue.from() ? cue.from() - p.to() : p.from() >= cue.to() ? p.from() - cue.to() : 0;
    }

    /** "in Laos", "in the Laotian capital of Vientiane", "in the western city of Perth". */
    private static boolean englishLocative(AnnotatedSentence s, int at) {
        if (s.endingAt(EntryKind.LOCATIVE_BEFORE, at) != null) {
            return true;
        }
        if (s.startingAt(EntryKind.DETERMINER, at - 1, "the") != null && s.endingAt(EntryKind.LOCATIVE_BEFORE, at - 1) != null) {
            return true;
        }
        if (s.startingAt(EntryKind.PREPOSITION, at - 1, "of") == null) {
            return false;
        }
        for (int i = at - 2; i >= Math.max(0, at - 6); i--) {
            if (s.endingAt(EntryKind.LOCATIVE_BEFORE, i + 1) != null) {
                return true;
            }
            if (!s.tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A dateline at the start of the first sentence: a place, then a date and/or "(agency)", then
     * a dash or colon. Returns the place and, through {@code to}, the tokens it covers.
     */
    Place dateline(AnnotatedSentence s) {
        Match first = null;
        for (EntryKind k : new EntryKind[]{EntryKind.CITY, EntryKind.CAPITAL, EntryKind.COUNTRY}) {
            Match m = s.startingAt(k, 0);
            if (m != null && (first == null || m.to() > first.to())) {
                first = m;
            }
        }
        int after = first == null ? 0 : first.to();
        if (first == null) {
            first = unknownTownWithCountry(s);
            after = first == null ? 0 : first.to() + 1; // past the ")"
        }
        if (first == null) {
            return null;
        }
        if (s.norm(after).equals("/")) {
            after = afterSecondPlace(s, after + 1); // "काबुल/इस्लामाबाद, 19 अप्रैल (भाषा)": the story's first place
        }
        String next = s.norm(after);
        if (!next.equals(",") && !next.equals("(")) {
            return null;
        }
        boolean inParens = false;
        for (int i = after; i < Math.min(s.size(), MAX_DATELINE_TOKENS + after - first.to()); i++) {
            String t = s.norm(i);
            if (t.equals("(")) {
                inParens = true;
            }
            // "... (Reuters) -", "दुबई (वार्ता):", and Bhasha's "नयी दिल्ली, 12 मार्च (भाषा)" with no dash at all.
            boolean dash = t.equals("-") || t.equals(":");
            if (dash || (inParens && t.equals(")"))) {
                int end = i + 1;
                if (!dash && (s.norm(end).equals("-") || s.norm(end).equals(":"))) {
                    end++;
                }
                Place p = place(s, first);
                return new Place(p.country(), p.city(), 0, end);
            }
        }
        return null;
    }

    /**
     * "HUA HIN (Thailand), Oct 24 (PTI) -": a town the gazetteer does not know, written in capitals,
     * with its country in brackets. Returns the country match; the dateline then runs on from it.
     */
    private static Match unknownTownWithCountry(AnnotatedSentence s) {
        int i = 0;
        while (i < Math.min(s.size(), 4) && s.tokens.get(i).isWord() && isAllCaps(s.tokens.get(i).text())) {
            i++;
        }
        if (i == 0 || !s.norm(i).equals("(")) {
            return null;
        }
        Match c = s.startingAt(EntryKind.COUNTRY, i + 1);
        return c != null && s.norm(c.to()).equals(")") ? c : null;
    }

    /** End of the place written after a slash in a double dateline, or {@code at} when none is there. */
    private static int afterSecondPlace(AnnotatedSentence s, int at) {
        for (EntryKind k : new EntryKind[]{EntryKind.CITY, EntryKind.CAPITAL, EntryKind.COUNTRY}) {
            Match m = s.startingAt(k, at);
            if (m != null) {
                return m.to();
            }
        }
        return at;
    }

    private static boolean isAllCaps(String t) {
        return t.length() > 1 && t.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch));
    }

    /** The city, capital or country whose name ends right before token {@code at} ("the Agra summit"), or null. */
    Place namedRightBefore(AnnotatedSentence s, int at) {
        for (EntryKind k : new EntryKind[]{EntryKind.CITY, EntryKind.CAPITAL, EntryKind.COUNTRY}) {
            Match m = s.endingAt(k, at);
            if (m != null) {
                return place(s, m);
            }
        }
        return null;
    }

    private Place place(AnnotatedSentence s, Match m) {
        if (m.kind() == EntryKind.CITY) {
            City c = ref.cities().get(m.value());
            return new Place(c.country(), c.id(), m.from(), m.to());
        }
        if (m.kind() == EntryKind.CAPITAL) {
            for (Match c : s.of(EntryKind.CITY)) {
                if (c.from() == m.from() && c.to() == m.to()) {
                    return place(s, c);
                }
            }
            return capital(m.value(), m.from(), m.to());
        }
        return new Place(m.value(), null, m.from(), m.to());
    }

    private Place capital(String country, int from, int to) {
        return new Place(country, ref.capitalCity(country).map(City::id).orElse(null), from, to);
    }
}
