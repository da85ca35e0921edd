package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Topic cues (ontology/topics.ttl) in a span of a sentence, with their stance. A topic named
 * outright is supported, or opposed when an oppose cue governs it; a named opposite ("interference",
 * "terrorism") counts only when something opposes it, and is then support for the topic.
 */
final class TopicFinder {
    private static final int OPPOSE_WINDOW = 6;

    private TopicFinder() {
    }

    record TopicHit(String notation, String stance, int from, int to) {
    }

    /** Topic cues in tokens {@code [from, to)} with their stance. */
    static List<TopicHit> in(AnnotatedSentence s, int from, int to) {
        List<TopicHit> out = new ArrayList<>();
        for (EntryKind k : new EntryKind[]{EntryKind.TOPIC, EntryKind.TOPIC_OPPOSITE}) {
            for (Match t : s.of(k)) {
                if (t.from() < from || t.to() > to) {
                    continue;
                }
                boolean opposed = opposed(s, t);
                if (k == EntryKind.TOPIC) {
                    out.add(new TopicHit(t.value(), opposed ? "oppose" : "support", t.from(), t.to()));
                } else if (opposed) {
                    out.add(new TopicHit(t.value(), "support", t.from(), t.to()));
                }
            }
        }
        out.sort(Comparator.comparingInt(TopicHit::from));
        return out;
    }

    /**
     * Topics of a negated intent ("will not allow its soil to be used for terrorism", "आंतरिक मामलों
     * में दखल नहीं देगा"): refusing a named opposite supports its topic, and so does a cue that carries
     * the negation itself ("हस्तक्षेप न करने"). Anything else under a negation is not an intent.
     */
    static List<TopicHit> refused(AnnotatedSentence s, int from, int to) {
        List<TopicHit> out = new ArrayList<>();
        for (Match t : s.of(EntryKind.TOPIC_OPPOSITE)) {
            if (t.from() >= from && t.to() <= to) {
                out.add(new TopicHit(t.value(), "support", t.from(), t.to()));
            }
        }
        for (Match t : s.of(EntryKind.TOPIC)) {
            if (t.from() >= from && t.to() <= to && containsNegation(s, t)) {
                out.add(new TopicHit(t.value(), "support", t.from(), t.to()));
            }
        }
        out.sort(Comparator.comparingInt(TopicHit::from));
        return out;
    }

    private static boolean containsNegation(AnnotatedSentence s, Match t) {
        for (Match n : s.of(EntryKind.NEGATION)) {
            if (n.from() >= t.from() && n.to() <= t.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "prevent interference", "not to interfere" (English: verb or negation before), "हस्तक्षेप ... को
     * रोकने", "दखल न देने" (Hindi: after).
     */
    private static boolean opposed(AnnotatedSentence s, Match t) {
        for (Match n : s.of(EntryKind.NEGATION)) {
            if (s.isHindi() ? (n.from() >= t.to() && n.from() <= t.to() + 1) : (n.to() <= t.from() && n.to() >= t.from() - 2)) {
                return true;
            }
        }
        for (Match o : s.of(EntryKind.OPPOSE)) {
            if (s.isHindi() ? (o.from() >= t.to() && o.from() <= t.to() + OPPOSE_WINDOW)
                    : (o.to() <= t.from() && o.to() >= t.from() - 3)) {
                return true;
            }
        }
        return false;
    }
}
