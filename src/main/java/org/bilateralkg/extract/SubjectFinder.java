package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Who stands as the grammatical subject of an intent: countries or capitals ("China", "Moscow"),
 * "we", "both sides", "the Chinese side", a clause-initial "he"/"वह" for the speaker and, in a
 * narrated agreement, the people who agreed ("Lula and Fernandez agreed"). Coordinated subjects
 * are joined. A country is no subject when it is the object of a preposition or postposition, a
 * genitive ("China's"), part of a longer name ("the South China Sea"), of a topic phrase ("the
 * one-China policy") or of a compound
 * ("India-Russia partnership", "चीन-पाकिस्तान आर्थिक गलियारा"), or coordinated with such a one
 * ("in Washington and Moscow", "सऊदी अरब और ईरान का").
 */
final class SubjectFinder {
    private static final Set<EntryKind> NAME_KINDS = Set.of(EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL,
            EntryKind.CITY, EntryKind.ORGANISATION, EntryKind.AGENCY, EntryKind.PERSON, EntryKind.ROLE, EntryKind.MINISTRY,
            EntryKind.WEEKDAY, EntryKind.MONTH);
    /** The value of the ergative postposition "ने" in hi.tsv. */
    static final String ERGATIVE = "erg";

    private final MeetingContext meetings;

    SubjectFinder(MeetingContext meetings) {
        this.meetings = meetings;
    }

    /** A subject at tokens {@code [from, to)}; {@code ergative}: Hindi "ने"-marked. */
    record Subject(int from, int to, List<String> countries, boolean ergative) {
    }

    private record Candidate(int from, int to, String country) {
    }

    /**
     * Subjects in tokens {@code [from, to)}, in text order. {@code persons} (may be empty) adds the
     * people named as subjects; {@code speakerCountry} is who "we"/"he" stand for.
     */
    List<Subject> subjects(AnnotatedSentence s, int from, int to, String speakerCountry, List<PersonMention> persons) {
        List<Candidate> cands = new ArrayList<>();
        for (EntryKind k : new EntryKind[]{EntryKind.COUNTRY, EntryKind.CAPITAL}) {
            for (Match c : s.of(k)) {
                if (c.from() >= from && c.to() <= to && !insidePerson(c, persons) && !insideTopic(s, c)) {
                    cands.add(new Candidate(c.from(), c.to(), c.value()));
                }
            }
        }
        for (PersonMention p : persons) {
            if (p.country() != null && p.from() >= from && p.to() <= to) {
                cands.add(new Candidate(p.from(), p.to(), p.country()));
            }
        }
        cands.sort(Comparator.comparingInt(Candidate::from));
        boolean[] subject = new boolean[cands.size()];
        for (int i = 0; i < cands.size(); i++) {
            subject[i] = isSubjectPosition(s, cands.get(i).from(), cands.get(i).to());
        }
        // Coordinated candidates share their case: "in Washington and Moscow", "सऊदी अरब और ईरान का".
        for (int i = cands.size() - 2; i >= 0; i--) {
            if (coordinated(s, cands.get(i), cands.get(i + 1))) {
                if (s.isHindi()) {
                    subject[i] = subject[i + 1];
                } else {
                    subject[i + 1] = subject[i];
                }
            }
        }
        List<Subject> out = new ArrayList<>();
        Candidate prevCand = null;
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (!subject[i]) {
                prevCand = null;
                continue;
            }
            Subject prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prevCand != null && coordinated(s, prevCand, c)) {
                List<String> both = new ArrayList<>(prev.countries());
                if (!both.contains(c.country())) {
                    both.add(c.country());
                }
                out.set(out.size() - 1, new Subject(prev.from(), c.to(), both, ergative(s, c.to())));
            } else {
                out.add(new Subject(c.from(), c.to(), List.of(c.country()), ergative(s, c.to())));
            }
            prevCand = c;
        }
        for (Match d : s.of(EntryKind.DEMONYM)) {
            // "the Chinese side", "चीनी पक्ष": a country speaking of itself
            Match inst = s.startingAt(EntryKind.INSTITUTION, d.to());
            if (inst != null && d.from() >= from && inst.to() <= to && notObject(s, d.from(), inst.to())) {
                out.add(new Subject(d.from(), inst.to(), List.of(d.value()), ergative(s, inst.to())));
            }
        }
        if (speakerCountry != null) {
            for (Match m : s.of(EntryKind.FIRST_PERSON)) {
                if (m.from() >= from && m.to() <= to) {
                    out.add(new Subject(m.from(), m.to(), List.of(speakerCountry), ergative(s, m.to())));
                }
            }
            // "Lam said he was ready to ...", "चीन ने कहा कि वह ... समर्थन करता रहेगा": the reported clause opens with the speaker
            Match pron = s.startingAt(EntryKind.SUBJECT_PRONOUN, from);
            if (pron != null) {
                out.add(new Subject(pron.from(), pron.to(), List.of(speakerCountry), false));
            }
        }
        List<Match> both = new ArrayList<>(s.of(EntryKind.BOTH_SIDES));
        both.addAll(s.of(EntryKind.PLURAL_PRONOUN));
        for (Match m : both) {
            if (m.from() >= from && m.to() <= to && notObject(s, m.from(), m.to())) {
                List<String> pair = meetings.pairFor(s, speakerCountry);
                if (pair != null) {
                    out.add(new Subject(m.from(), m.to(), pair, ergative(s, m.to())));
                }
            }
        }
        out.sort(Comparator.comparingInt(Subject::from));
        return out;
    }

    private static boolean insidePerson(Match c, List<PersonMention> persons) {
        for (PersonMention p : persons) {
            if (p.from() <= c.from() && c.to() <= p.to()) {
                return true;
            }
        }
        return false;
    }

    /** "the one-China policy", "ताइवान चीन का अभिन्न अंग": a country named inside a topic phrase. */
    private static boolean insideTopic(AnnotatedSentence s, Match c) {
        for (EntryKind k : new EntryKind[]{EntryKind.TOPIC, EntryKind.TOPIC_OPPOSITE}) {
            for (Match t : s.of(k)) {
                if (t.from() <= c.from() && c.to() <= t.to()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean coordinated(AnnotatedSentence s, Candidate a, Candidate b) {
        return b.from() == a.to() + 1 && isAnd(s.norm(a.to()));
    }

    private static boolean ergative(AnnotatedSentence s, int after) {
        // A literal, not the lexicon: "after" may end a person mention made from plain tokens inside a
        // dateline, whose matches are dropped.
        return s.isHindi() && s.norm(after).equals("ने");
    }

    static boolean isSubjectPosition(AnnotatedSentence s, Match c) {
        return isSubjectPosition(s, c.from(), c.to());
    }

    static boolean isSubjectPosition(AnnotatedSentence s, int from, int to) {
        if (gluedHyphen(s, from - 1, from) || gluedHyphen(s, to, to - 1)) {
            return false; // "India-Russia", "चीन-पाकिस्तान": a compound, not a subject
        }
        if (!notObject(s, from, to)) {
            return false;
        }
        if (s.isHindi()) {
            return s.startingAt(EntryKind.PARTNER_AFTER, to) == null;
        }
        if (s.norm(to).equals("'") && s.norm(to + 1).equals("s")) {
            return false; // "China's": genitive
        }
        return !insideName(s, to);
    }

    /** Token {@code i} is a hyphen written against token {@code word}: "India-Russia", not the dateline's "(Reuters) - India". */
    private static boolean gluedHyphen(AnnotatedSentence s, int i, int word) {
        if (i < 0 || i >= s.size() || !s.norm(i).equals("-")) {
            return false;
        }
        return i < word ? s.tokens.get(i).end() == s.tokens.get(word).start() : s.tokens.get(word).end() == s.tokens.get(i).start();
    }

    /** Not governed by a preposition (English) or a postposition other than the ergative "ने" (Hindi). */
    private static boolean notObject(AnnotatedSentence s, int from, int to) {
        if (s.isHindi()) {
            Match post = s.startingAt(EntryKind.POSTPOSITION, to);
            return post == null || post.value().equals(ERGATIVE);
        }
        int before = s.endingAt(EntryKind.DETERMINER, from) != null ? from - 1 : from; // "with the United States"
        return s.endingAt(EntryKind.PREPOSITION, before) == null;
    }

    /** "the South China Sea", "the Taiwan Strait": a capitalised word that names nothing on its own follows. */
    private static boolean insideName(AnnotatedSentence s, int next) {
        if (next >= s.size() || !s.tokens.get(next).isCapitalised()) {
            return false;
        }
        for (EntryKind k : NAME_KINDS) {
            if (s.covers(k, next)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAnd(String norm) {
        return norm.equals("and") || norm.equals("और") || norm.equals("तथा") || norm.equals("एवं");
    }

    /** The country "with" whom: "with Australia", "भारत के साथ". */
    static String partner(AnnotatedSentence s, int from, int to) {
        List<Match> cands = new ArrayList<>(s.of(EntryKind.COUNTRY));
        cands.addAll(s.of(EntryKind.CAPITAL));
        for (Match c : cands) {
            if (c.from() < from || c.to() > to) {
                continue;
            }
            boolean with = s.isHindi() ? s.startingAt(EntryKind.PARTNER_AFTER, c.to()) != null
                    : s.endingAt(EntryKind.PARTNER_BEFORE, c.from()) != null;
            if (with) {
                return c.value();
            }
        }
        return null;
    }
}
