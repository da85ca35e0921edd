package org.bilateralkg.text;

/**
 * Decides the language from the writing system alone: Devanagari text is Hindi, Latin text is
 * English. Enough for the two languages with a lexicon; other Latin-script languages need a
 * statistical detector on top.
 */
public final class ScriptLanguageGuesser {
    private ScriptLanguageGuesser() {
    }

    /** "hi", "en" or "und" when the text has neither script in majority. */
    public static String guess(String text) {
        int devanagari = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.DEVANAGARI) {
                devanagari++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        if (devanagari > latin && devanagari > other) {
            return "hi";
        }
        if (latin > devanagari && latin > other) {
            return "en";
        }
        return "und";
    }
}
