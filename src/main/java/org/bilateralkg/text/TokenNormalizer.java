package org.bilateralkg.text;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.lucene.analysis.in.IndicNormalizer;

/**
 * Folds one token to the form used for matching: for Devanagari, Lucene's IndicNormalizer
 * (canonical composition of vowel signs) plus the spelling variants Hindi news really mixes (nukta
 * or none: ज़/ज, क़/क; chandrabindu or anusvara: पाँच/पांच); lower case and no diacritics for Latin;
 * any script's digits as ASCII digits. Works per token, so offsets never move: the token keeps its
 * place in the stored text. Lucene's HindiNormalizer is not used: it also merges long and short
 * vowels (की/कि, में/मैं), which are different words here.
 */
public final class TokenNormalizer {
    // Stateless after construction, so one instance serves every thread.
    private static final IndicNormalizer INDIC = new IndicNormalizer();
    private static final char NUKTA = '\u093C';
    private static final char CHANDRABINDU = '\u0901';
    private static final char ANUSVARA = '\u0902';

    private TokenNormalizer() {
    }

    public static String normalize(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        boolean devanagari = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x200C || cp == 0x200D || cp == 0x00AD || cp == 0xFEFF) {
                continue; // joiners, soft hyphen: invisible, must not split or change a word
            }
            if (Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
                continue;
            }
            if (cp >= 0x0900 && cp <= 0x097F) {
                devanagari = true;
            }
            sb.appendCodePoint(foldPunctuation(cp));
        }
        String s = sb.toString();
        if (devanagari && !needsFolding(s)) {
            return s; // the common case: nothing to fold, skip the normaliser round trips
        }
        if (devanagari) {
            // NFD splits the precomposed nukta letters (U+0958..U+095F) so the nukta can go.
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder folded = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); i++) {
                char c = d.charAt(i);
                if (c != NUKTA) {
                    folded.append(c == CHANDRABINDU ? ANUSVARA : c);
                }
            }
            char[] buf = Normalizer.normalize(folded, Normalizer.Form.NFC).toCharArray();
            int len = INDIC.normalize(buf, buf.length);
            return new String(buf, 0, len);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Nukta (combining or precomposed), chandrabindu, or a vowel sign written in two parts. */
    private static boolean needsFolding(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == NUKTA || c == CHANDRABINDU || (c >= '\u0958' && c <= '\u095F') || c == '\u0929' || c == '\u0931'
                    || c == '\u0934' || (i > 0 && isVowelSign(c) && isVowelSign(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowelSign(char c) {
        return c >= '\u093E' && c <= '\u094C';
    }

    private static int foldPunctuation(int cp) {
        return switch (cp) {
            case 0x2018, 0x2019, 0x201B, 0x2032 -> '\'';
            case 0x201C, 0x201D, 0x201E, 0x2033 -> '"';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212 -> '-';
            case 0x0965 -> 0x0964; // double danda
            default -> cp;
        };
    }
}
