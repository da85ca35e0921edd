package org.bilateralkg.extract;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

import org.bilateralkg.reference.HindiNameSpelling;

/**
 * Mints a stable ASCII key for a person the reference data does not know: the name in Latin letters
 * (Devanagari transliterated with ICU), lower case, words joined by hyphens.
 */
final class NameSlugger {
    // ICU transliterators are immutable once built; building one is the expensive part.
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private NameSlugger() {
    }

    static String slug(String name) {
        String latin;
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(HindiNameSpelling.forTransliteration(name));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
