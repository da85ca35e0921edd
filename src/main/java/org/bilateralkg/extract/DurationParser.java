package org.bilateralkg.extract;

import java.math.BigDecimal;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Durations: "40 मिनट", "40-minute", "about an hour" (approximate), "डेढ़ घंटे" (one and a half hours).
 * Number words and units come from the lexicon.
 */
final class DurationParser {
    /** A duration as xsd:duration, whether the text hedged it, and its tokens. */
    record Found(String lexical, boolean approximate, int from, int to) {
    }

    private DurationParser() {
    }

    static Found first(AnnotatedSentence s) {
        for (Match unit : s.of(EntryKind.DURATION_UNIT)) {
            int i = unit.from() - 1;
            if (s.norm(i).equals("-")) {
                i--;
            }
            BigDecimal n = number(s, i);
            int from = i;
            if (n == null) {
                Match word = s.endingAt(EntryKind.NUMBER, i + 1);
                if (word == null) {
                    continue;
                }
                n = new BigDecimal(word.value());
                from = word.from();
            }
            boolean approx = s.endingAt(EntryKind.APPROX, from) != null;
            if (approx) {
                from = s.endingAt(EntryKind.APPROX, from).from();
            }
            if (s.startingAt(EntryKind.DURATION_GUARD, unit.to()) != null
                    || s.startingAt(EntryKind.DURATION_GUARD, unit.to() + 1) != null) {
                continue; // "a day after", "दो दिन बाद": a distance in time, not a duration
            }
            String lex = lexical(n, unit.value());
            if (lex != null) {
                return new Found(lex, approx, from, unit.to());
            }
        }
        return null;
    }

    private static BigDecimal number(AnnotatedSentence s, int i) {
        if (i < 0 || i >= s.size() || !s.tokens.get(i).isNumber()) {
            return null;
        }
        return new BigDecimal(s.norm(i));
    }

    /** "PT40M", "PT1H30M", "P3D". */
    static String lexical(BigDecimal n, String unit) {
        if (n.signum() <= 0) {
            return null;
        }
        switch (unit) {
            case "M" -> {
                return "PT" + n.stripTrailingZeros().toPlainString() + "M";
            }
            case "H" -> {
                BigDecimal minutes = n.multiply(BigDecimal.valueOf(60));
                long total = minutes.longValue();
                long h = total / 60;
                long m = total % 60;
                return "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "");
            }
            case "D" -> {
                return n.stripTrailingZeros().scale() <= 0 ? "P" + n.toBigInteger() + "D" : null;
            }
            default -> {
                return null;
            }
        }
    }
}
