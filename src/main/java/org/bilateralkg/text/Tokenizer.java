package org.bilateralkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (letters, digits and combining marks, which Devanagari needs inside a
 * word) and single punctuation marks. The same tokenizer reads articles and dictionary phrases,
 * so a phrase matches whenever its tokens match.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isWordChar(cp)) {
                while (i < to) {
                    int c = text.codePointAt(i);
                    if (!isWordChar(c) && !isInvisible(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                // Trailing joiners belong to no word.
                while (i > start && isInvisible(text.codePointBefore(i))) {
                    i -= Character.charCount(text.codePointBefore(i));
                }
            } else {
                i += Character.charCount(cp);
            }
            String t = text.substring(start, i);
            out.add(new Token(t, TokenNormalizer.normalize(t), start, i));
        }
        return out;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Zero-width joiners, bidi marks and the like: ordinary in real text, never a token. */
    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
                || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
