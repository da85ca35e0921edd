package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bilateralkg.extract.SubjectFinder.Subject;
import org.bilateralkg.extract.TopicFinder.TopicHit;
import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Commitments inside a sentence: a commitment cue in scope ({@link CueScope}) with a subject
 * ({@link SubjectFinder}) and the topics of its own stretch of words. The stretch runs from the
 * subject to the next subject (or an appellee: "... तैयार है और दोनों पक्षों को ... चाहिए"); a
 * joint cue's coordinated intents ("agreed to A and to B") are separate commitments, each with its
 * own topics or none. Only a joint cue (agreed, committed) speaks for both parties of "Germany and
 * France will ...": otherwise the speaker commits only for their own country.
 */
final class CommitmentFinder {
    /** Tokens between the start of the reported words and a commitment cue that still leave the speaker as its subject. */
    private static final int SPEAKER_SUBJECT_WINDOW = 3;

    private final SubjectFinder subjects;

    CommitmentFinder(SubjectFinder subjects) {
        this.subjects = subjects;
    }

    /** One intent found: who commits, about what (null: no topic), by which cue. */
    record Intent(List<String> countries, String partner, TopicHit topic, Match cue) {
    }

    /** Intents in the reported words {@code [from, to)} of a statement by a speaker of {@code speakerCountry}. */
    List<Intent> inStatement(AnnotatedSentence s, int from, int to, String speakerCountry) {
        List<Subject> subs = subjects.subjects(s, from, to, speakerCountry, List.of());
        List<Match> cues = new ArrayList<>(s.of(EntryKind.COMMIT));
        cues.addAll(s.of(EntryKind.FUTURE_SUFFIX));
        cues.sort(Comparator.comparingInt(Match::from));
        List<Intent> out = new ArrayList<>();
        for (Match cue : cues) {
            if (cue.from() < from || cue.to() > to || CueScope.conditional(s, cue, from) || CueScope.agenda(s, cue)) {
                continue;
            }
            Subject subj = lastBefore(subs, cue, false);
            if (subj == null && speakerCountry != null && speakerOwns(s, from, cue)) {
                subj = new Subject(from, from, List.of(speakerCountry), false); // "he said he was ready to ..."
            }
            if (subj == null) {
                continue;
            }
            List<String> countries = subj.countries();
            if (!isJoint(cue) && speakerCountry != null && countries.size() > 1 && countries.contains(speakerCountry)) {
                countries = List.of(speakerCountry); // "Germany and France will ...", said by a German
            }
            out.addAll(intents(s, subj, countries, cue, windowEnd(s, subs, cue, to)));
        }
        return out;
    }

    /** A narrated agreement: its subject and intents, or null when the sentence reports none. */
    record Agreement(Subject subject, List<Intent> intents) {
    }

    Agreement narrated(AnnotatedSentence s, List<PersonMention> persons) {
        List<Match> cues = new ArrayList<>();
        for (Match c : s.of(EntryKind.COMMIT)) {
            if (isJoint(c) && !CueScope.negated(s, c) && !CueScope.pluperfect(s, c) && !CueScope.conditional(s, c, 0)) {
                cues.add(c);
            }
        }
        if (cues.isEmpty()) {
            return null;
        }
        List<Subject> subs = subjects.subjects(s, 0, s.size(), null, persons);
        Subject subj = lastBefore(subs, cues.get(0), true);
        if (subj == null) {
            return null;
        }
        List<Intent> out = new ArrayList<>();
        for (Match cue : cues) {
            if (cue.value().equals("decided-to") && subj.countries().size() < 2) {
                continue; // "Afghanistan decided to bat first": one side's decision is no agreement
            }
            if (cue.from() >= subj.to()) {
                out.addAll(intents(s, subj, subj.countries(), cue, s.size()));
            }
        }
        return out.isEmpty() ? null : new Agreement(subj, out);
    }

    private static boolean isJoint(Match cue) {
        return cue.value().equals("agreed-to") || cue.value().equals("committed-to") || cue.value().equals("decided-to");
    }

    /** The subject closest before the cue; Hindi narrative prefers the ergative one ("ट्रंप और पुतिन ने ... सहमति जताई"). */
    private static Subject lastBefore(List<Subject> subs, Match cue, boolean preferErgative) {
        Subject last = null;
        Subject lastErgative = null;
        for (Subject c : subs) {
            if (c.to() <= cue.from()) {
                last = c;
                if (c.ergative()) {
                    lastErgative = c;
                }
            }
        }
        return preferErgative && lastErgative != null ? lastErgative : last;
    }

    /** Where a cue's words end: the next subject after it, or an appellee ("दोनों पक्षों को ... चाहिए"). */
    private static int windowEnd(AnnotatedSentence s, List<Subject> subs, Match cue, int to) {
        int end = to;
        for (Subject c : subs) {
            if (c.from() >= cue.to()) {
                end = Math.min(end, c.from());
                break;
            }
        }
        if (s.isHindi() && CueScope.appealIn(s, cue.to(), end)) {
            List<Match> nps = new ArrayList<>(s.of(EntryKind.BOTH_SIDES));
            nps.addAll(s.of(EntryKind.COUNTRY));
            for (Match np : nps) {
                // "X को": the dative postposition, whose value in hi.tsv is "to"
                boolean dative = s.startingAt(EntryKind.POSTPOSITION, np.to(), "to") != null;
                if (np.from() >= cue.to() && np.from() < end && dative) {
                    end = np.from();
                }
            }
        }
        return end;
    }

    /** No noun phrase of its own between the reported words' start and the cue: "he was ready to", "Blinken will". */
    private static boolean speakerOwns(AnnotatedSentence s, int from, Match cue) {
        if (cue.from() - from > SPEAKER_SUBJECT_WINDOW) {
            return false;
        }
        for (Match d : s.of(EntryKind.DETERMINER)) {
            if (d.from() >= from && d.from() < cue.from()) {
                return false;
            }
        }
        return true;
    }

    private static List<Intent> intents(AnnotatedSentence s, Subject subj, List<String> countries, Match cue, int windowEnd) {
        if (CueScope.appealIn(s, subj.to(), windowEnd)) {
            return List.of(); // "China and India should ...": an appeal
        }
        String partner = SubjectFinder.partner(s, subj.to(), windowEnd);
        List<List<TopicHit>> parts = new ArrayList<>();
        if (CueScope.negated(s, cue)) {
            List<TopicHit> refused = TopicFinder.refused(s, subj.from(), windowEnd);
            if (refused.isEmpty()) {
                return List.of(); // "will not return until ...": no intent
            }
            parts.add(refused);
        } else {
            for (int[] span : spans(s, subj, cue, windowEnd)) {
                parts.add(TopicFinder.in(s, span[0], span[1]));
            }
        }
        List<Intent> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String country : countries) {
            String p = partner != null ? partner
                    : countries.size() == 2 ? countries.stream().filter(c -> !c.equals(country)).findFirst().orElse(null)
                    : null;
            if (country.equals(p)) {
                p = null;
            }
            for (List<TopicHit> topics : parts) {
                List<TopicHit> list = topics.isEmpty() ? java.util.Collections.singletonList(null) : topics;
                for (TopicHit t : list) {
                    if (seen.add(country + "|" + (t == null ? "" : t.notation()))) {
                        out.add(new Intent(List.of(country), p, t, cue));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The stretches whose topics belong to this cue: the whole window, or, for a joint cue with
     * coordinated intents, each intent's own part (Hindi: the part ending at the cue; English: the
     * cue's part and the "and to ..." parts after it).
     */
    private static List<int[]> spans(AnnotatedSentence s, Subject subj, Match cue, int windowEnd) {
        List<Integer> splits = isJoint(cue) ? CueScope.splits(s, subj.to(), windowEnd) : List.of();
        if (splits.isEmpty()) {
            return List.of(new int[]{subj.from(), windowEnd});
        }
        int start = subj.from();
        for (int sp : splits) {
            if (sp < cue.from()) {
                start = sp;
            }
        }
        List<int[]> out = new ArrayList<>();
        if (s.isHindi()) {
            int end = windowEnd;
            for (int sp : splits) {
                if (sp >= cue.to()) {
                    end = sp;
                    break;
                }
            }
            out.add(new int[]{start, end});
            return out;
        }
        int at = start;
        for (int sp : splits) {
            if (sp > cue.from()) {
                if (s.startingAt(EntryKind.COMMIT, sp + 1) != null || s.startingAt(EntryKind.COMMIT, sp + 2) != null) {
                    out.add(new int[]{at, sp});
                    return out; // the next cue has its own intent
                }
                out.add(new int[]{at, sp});
                at = sp;
            }
        }
        out.add(new int[]{at, windowEnd});
        return out;
    }
}
