package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Whether a commitment cue ("will", "agreed to", "करेगा", "सहमति जताई") states an intent where it
 * stands: not when negated ("will not", "नहीं करेगा", "नहीं होने देगा"), inside a condition ("if",
 * "until", "अगर", "जब तक ... ,"), about an agenda ("will discuss", "चर्चा करेंगे"), or in the past
 * perfect of a narrative ("had agreed", "सहमति जताई थी"). Also where coordinated intents split
 * ("agreed to A and to B", "... की प्रतिबद्धता जताई और ... पर सहमति जताई").
 */
final class CueScope {
    /** Tokens a Hindi negation may stand before the future verb: "नहीं होने देगा". */
    private static final int HINDI_NEGATION_REACH = 2;

    private CueScope() {
    }

    static boolean negated(AnnotatedSentence s, Match cue) {
        for (Match n : s.of(EntryKind.NEGATION)) {
            if (n.to() == cue.from() || n.from() == cue.to() || (n.from() >= cue.from() && n.to() <= cue.to())) {
                return true;
            }
            if (s.isHindi() && n.to() < cue.from() && n.to() >= cue.from() - HINDI_NEGATION_REACH + 1
                    && noClauseBreak(s, n.to(), cue.from())) {
                return true;
            }
        }
        return false;
    }

    /** The cue sits in a condition: a condition word before it in the same stretch (no comma, "तो" or "then" between). */
    static boolean conditional(AnnotatedSentence s, Match cue, int from) {
        for (Match c : s.of(EntryKind.CONDITION)) {
            if (c.from() >= from && c.to() <= cue.from() && noClauseBreak(s, c.to(), cue.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * No condition-end of the lexicon ("then", "तो", ",", ";") starts in tokens {@code [from, to)}. It
     * closes a condition, and it also bounds how far a Hindi negation reaches. Callers pass {@code from}
     * as the end of a match, so no token here lies in a dropped dateline, where no match would be seen.
     */
    private static boolean noClauseBreak(AnnotatedSentence s, int from, int to) {
        for (Match m : s.of(EntryKind.CONDITION_END)) {
            if (m.from() >= from && m.from() < to) {
                return false;
            }
        }
        return true;
    }

    /** "will discuss", "will also meet", "विचार-विमर्श करेंगे", "मिलेंगे": an agenda, not an intent. */
    static boolean agenda(AnnotatedSentence s, Match cue) {
        for (Match a : s.of(EntryKind.AGENDA)) {
            if (s.isHindi() ? (a.to() == cue.from() || (a.from() <= cue.from() && cue.from() < a.to()))
                    : (a.from() == cue.to() || a.from() == cue.to() + 1 && s.norm(cue.to()).equals("also"))) {
                return true;
            }
        }
        return false;
    }

    /** "had agreed", "सहमति जताई थी": an earlier agreement retold. */
    static boolean pluperfect(AnnotatedSentence s, Match cue) {
        for (Match p : s.of(EntryKind.PLUPERFECT)) {
            if (s.isHindi() ? (p.from() == cue.to() || p.from() == cue.to() + 1)
                    : (p.to() == cue.from() || p.to() == cue.from() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** An appeal or demand cue in tokens {@code [from, to)}: "X should ...", "X को ... चाहिए". */
    static boolean appealIn(AnnotatedSentence s, int from, int to) {
        for (EntryKind k : new EntryKind[]{EntryKind.APPEAL, EntryKind.DEMAND}) {
            for (Match m : s.of(k)) {
                if (m.from() >= from && m.to() <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean commitAfter(AnnotatedSentence s, int i, int to) {
        for (Match c : s.of(EntryKind.COMMIT)) {
            if (c.from() > i && c.to() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where coordinated intents part, as token indices of the coordinator: English "and (also) to"
     * or "and" right before another commitment cue; Hindi "और"/"तथा" right after a commitment cue
     * when another one follows ("... की प्रतिबद्धता जताई और ... पर सहमति जताई", but not "... पर सहमति
     * जताई और विश्वास व्यक्त किया कि ...", which is one intent).
     */
    static List<Integer> splits(AnnotatedSentence s, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!SubjectFinder.isAnd(s.norm(i))) {
                continue;
            }
            if (s.isHindi()) {
                if (s.endingAt(EntryKind.COMMIT, i) != null && commitAfter(s, i, to)) {
                    out.add(i);
                }
            } else {
                int next = s.norm(i + 1).equals("also") ? i + 2 : i + 1;
                if (s.norm(next).equals("to") || s.startingAt(EntryKind.COMMIT, next) != null) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
