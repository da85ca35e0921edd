package org.bilateralkg.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The language of an article: the writing system first (Devanagari, Latin, Cyrillic...), then, where a
 * script serves several languages, Lingua's statistical detector restricted to that script's
 * candidates (data/text/scripts.tsv). Detectors are built on first need and only for the scripts
 * met, so a corpus of Hindi and English never loads the models of other languages. Thread-safe.
 */
public final class LanguageIdentifier {
    private static final int SAMPLE_CHARS = 2000;

    private final Map<Character.UnicodeScript, List<String>> candidates;
    private final Map<Character.UnicodeScript, LanguageDetector> detectors = new ConcurrentHashMap<>();

    public LanguageIdentifier(Map<Character.UnicodeScript, List<String>> candidates) {
        this.candidates = Map.copyOf(candidates);
    }

    public static LanguageIdentifier load(Path scriptsTsv) {
        Map<Character.UnicodeScript, List<String>> map = new LinkedHashMap<>();
        for (String line : TextConventions.lines(scriptsTsv)) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].equals("script")) {
                continue;
            }
            map.put(Character.UnicodeScript.valueOf(f[0].strip()), List.of(f[1].strip().split("\\|")));
        }
        return new LanguageIdentifier(map);
    }

    /** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
    public String identify(String text) {
        Character.UnicodeScript script = dominantScript(text);
        if (script == null) {
            return "und";
        }
        List<String> langs = candidates.get(script);
        if (langs == null || langs.isEmpty()) {
            return "und";
        }
        if (langs.size() == 1) {
            return langs.get(0);
        }
        LanguageDetector d = detectors.computeIfAbsent(script, s -> build(langs));
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language l = d.detectLanguageOf(sample);
        if (l == Language.UNKNOWN) {
            return langs.get(0);
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static LanguageDetector build(List<String> codes) {
        List<Language> langs = new ArrayList<>();
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN && codes.contains(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT))) {
                langs.add(l);
            }
        }
        if (langs.size() < 2) {
            langs.add(Language.ENGLISH);
        }
        // Low accuracy mode: trigram models only, a fraction of the memory, fine for article-length text.
        return LanguageDetectorBuilder.fromLanguages(langs.toArray(new Language[0])).withLowAccuracyMode().build();
    }

    /** The script of most letters in the text. */
    static Character.UnicodeScript dominantScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int limit = Math.min(text.length(), SAMPLE_CHARS * 2);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
