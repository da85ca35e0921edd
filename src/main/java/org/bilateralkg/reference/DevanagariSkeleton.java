package org.bilateralkg.reference;

/**
 * The {@link NameSkeleton} of one Devanagari word, read straight off its letters (no ICU, so it is
 * cheap enough to compute for every word of a Hindi article): consonants mapped to the Latin letters
 * the skeleton keeps, vowels, 'य' and 'ह' dropped, anusvara and chandrabindu a nasal ("वांग" gives
 * "vng" like "Wang", "हावर्ड" gives "vrd" like "Howard"), doubled letters collapsed.
 */
public final class DevanagariSkeleton {
    private static final char FIRST = '\u0900';
    private static final char NUKTA = '\u093C';
    private static final String[] LETTERS = new String[0x80];

    static {
        String[][] table = {
                {"क", "k"}, {"ख", "k"}, {"ग", "g"}, {"घ", "g"}, {"ङ", "n"},
                {"च", "k"}, {"छ", "k"}, {"ज", "j"}, {"झ", "j"}, {"ञ", "n"},
                {"ट", "t"}, {"ठ", "t"}, {"ड", "d"}, {"ढ", "d"}, {"ण", "n"},
                {"त", "t"}, {"थ", "t"}, {"द", "d"}, {"ध", "d"}, {"न", "n"},
                {"प", "p"}, {"फ", "f"}, {"ब", "b"}, {"भ", "b"}, {"म", "m"},
                {"र", "r"}, {"ल", "l"}, {"ळ", "l"}, {"व", "v"},
                {"श", "s"}, {"ष", "s"}, {"स", "s"},
                // precomposed letters with nukta: क़ ख़ ग़ ज़ ड़ ढ़ फ़
                {"\u0958", "k"}, {"\u0959", "k"}, {"\u095A", "g"}, {"\u095B", "j"}, {"\u095C", "r"}, {"\u095D", "r"},
                {"\u095E", "f"}, {"ऋ", "r"}, {"ृ", "r"},
        };
        for (String[] t : table) {
            LETTERS[t[0].charAt(0) - FIRST] = t[1];
        }
    }

    private DevanagariSkeleton() {
    }

    /** Skeleton of a word written in Devanagari only, else null. */
    public static String of(String word) {
        StringBuilder sk = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FIRST || c >= FIRST + 0x80) {
                return null;
            }
            String letter = LETTERS[c - FIRST];
            if (c == NUKTA && sk.length() > 0 && sk.charAt(sk.length() - 1) == 'd'
                    && (word.charAt(i - 1) == 'ड' || word.charAt(i - 1) == 'ढ')) {
                sk.setCharAt(sk.length() - 1, 'r'); // ड + nukta written apart: "ड़"
                continue;
            }
            if (c == 'ं' || c == 'ँ') {
                letter = i + 1 < word.length() && "पफबभम".indexOf(word.charAt(i + 1)) >= 0 ? "m" : "n";
                if (i + 2 == word.length() && word.charAt(i + 1) == 'ह') {
                    letter = "ng"; // "सिंह" is Singh (see HindiNameSpelling)
                }
            }
            if (letter != null && (sk.length() == 0 || sk.charAt(sk.length() - 1) != letter.charAt(0))) {
                sk.append(letter);
            } else if (letter != null && letter.length() > 1) {
                sk.append(letter, 1, letter.length());
            }
        }
        return sk.toString();
    }
}
