package org.bilateralkg.extract;

import java.time.LocalDate;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Which date of a sentence is a meeting's: the one nearest its verb, unless another verb owns it
 * (an agreement, a postponement), and for a meeting named by a noun only a date inside the noun's
 * phrase.
 */
final class MeetingDates {
    private final LocalDate published;

    MeetingDates(LocalDate published) {
        this.published = published;
    }

    /**
     * The date of the meeting verb: the sentence's date nearest to it, unless a commitment verb
     * stands nearer that date ("agreed on Tuesday ... after they held talks" dates the agreement,
     * not the talks). Only dates of tokens {@code [from, to)} count.
     */
    DateExpressionParser.Found of(AnnotatedSentence s, Match cue, boolean future, int from, int to) {
        DateExpressionParser.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateExpressionParser.Found f : DateExpressionParser.all(s, published, future)) {
            if (f.from() < from || f.from() >= to) {
                continue; // another meeting's date, in a sentence that reports several
            }
            int toCue = distance(f.from(), f.to(), cue.from(), cue.to());
            boolean nearerOther = false;
            for (Match o : s.of(EntryKind.COMMIT)) {
                // A decision is taken at the talks ("decided on Thursday ... and signed"): it keeps the date with them.
                if (o.value().equals("decided-to")) {
                    continue;
                }
                if (distance(f.from(), f.to(), o.from(), o.to()) < toCue && !simultaneous(s, o, cue)) {
                    nearerOther = true;
                }
            }
            if (!nearerOther && toCue < bestDistance) {
                best = f;
                bestDistance = toCue;
            }
        }
        return best;
    }

    /**
     * The date of a meeting noun stands in the noun's phrase: in English right after it ("a visit
     * on 15 December") or anywhere between it and the verb that tells its fate ("a meeting between
     * A and B, due to take place here on October 25, has been put off"); in Hindi before it, near
     * it or ahead of the participle that makes it a plan ("12 अगस्त को अस्ताना में होने वाली A और B की
     * बैठक स्थगित"). "postponed on Friday a trip" keeps Friday for the postponement.
     */
    static boolean nounDate(AnnotatedSentence s, Match cue, DateExpressionParser.Found date) {
        if (s.isHindi()) {
            if (date.to() > cue.from()) {
                return false;
            }
            return cue.from() - date.to() <= 8 || s.of(EntryKind.PLANNED).stream()
                    .anyMatch(p -> p.from() >= date.to() && p.to() <= cue.from() && p.from() - date.to() <= 4);
        }
        if (date.from() < cue.to()) {
            return false;
        }
        return date.from() - cue.to() <= 3 || fateVerbAfter(s, date.to());
    }

    /** A verb of cancelling or postponing at or after token {@code at}. */
    private static boolean fateVerbAfter(AnnotatedSentence s, int at) {
        return s.of(EntryKind.CANCELLED).stream().anyMatch(m -> m.from() >= at)
                || s.of(EntryKind.POSTPONED).stream().anyMatch(m -> m.from() >= at);
    }

    /** "agreed on Monday ..., as Misri held talks with Sun": the agreement's date is the talks' date. */
    private static boolean simultaneous(AnnotatedSentence s, Match a, Match b) {
        int from = Math.min(a.to(), b.to());
        int to = Math.max(a.from(), b.from());
        return s.of(EntryKind.SIMULTANEOUS).stream().anyMatch(m -> m.from() >= from && m.to() <= to);
    }

    private static int distance(int aFrom, int aTo, int bFrom, int bTo) {
        return aTo <= bFrom ? bFrom - aTo : bTo <= aFrom ? aFrom - bTo : 0;
    }

    /** "in 2019", "2019 में": a year standing alone keeps a past meeting apart from this year's. */
    static Integer yearMentioned(AnnotatedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String n = s.norm(i);
            if (n.length() == 4 && n.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(n);
                if (y >= 1945 && y <= 2100) {
                    return y;
                }
            }
        }
        return null;
    }
}
