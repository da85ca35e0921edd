package org.bilateralkg.reference;

import java.util.regex.Pattern;

/**
 * Hindi spellings of names rewritten, before transliteration, where ICU's letter-by-letter reading
 * departs from how the name is romanised: a word-final anusvara + ह ("सिंह") is "Singh", not "sinha"
 * (which is सिन्हा, another name).
 */
public final class HindiNameSpelling {
    private static final Pattern FINAL_NASAL_HA = Pattern.compile("\u0902\u0939(?![\u0900-\u097F])");
    /** ङ्घ् : velar nasal, gha, virama (no inherent vowel): ICU reads it "ngh". */
    private static final String NGH = "\u0919\u094D\u0918\u094D";

    private HindiNameSpelling() {
    }

    public static String forTransliteration(String name) {
        return name.indexOf('\u0902') < 0 ? name : FINAL_NASAL_HA.matcher(name).replaceAll(NGH);
    }
}
