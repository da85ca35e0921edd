package org.bilateralkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the pages in the reader's language. English and Hindi are shipped
 * (server/messages_LANG.properties, UTF-8); a key missing in one falls back to English.
 */
final class I18n {
    static final List<String> LANGUAGES = List.of("en", "hi");
    static final String DEFAULT = "en";

    private static final Map<String, I18n> ALL = new HashMap<>();

    static {
        Map<String, String> en = load("en");
        for (String l : LANGUAGES) {
            Map<String, String> m = new HashMap<>(en);
            m.putAll(load(l));
            ALL.put(l, new I18n(l, Collections.unmodifiableMap(m)));
        }
    }

    private final String lang;
    private final Map<String, String> words;

    private I18n(String lang, Map<String, String> words) {
        this.lang = lang;
        this.words = words;
    }

    static I18n of(String lang) {
        return ALL.getOrDefault(lang, ALL.get(DEFAULT));
    }

    String lang() {
        return lang;
    }

    /** All words, for templates: {@code ${t.search}}. */
    Map<String, String> words() {
        return words;
    }

    String t(String key) {
        return words.getOrDefault(key, key);
    }

    /** A message with {0}, {1}... replaced by the arguments (as text: templates escape it). */
    String t(String key, Object... args) {
        String s = t(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /**
     * The reader's language: ?lang= if it names one we have, else the best of Accept-Language,
     * else English.
     */
    static String choose(String param, String acceptLanguage) {
        if (param != null) {
            String p = param.strip().toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(p)) {
                return p;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                String best = Locale.lookupTag(ranges, LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: fall back
            }
        }
        return DEFAULT;
    }

    private static Map<String, String> load(String lang) {
        try (InputStream in = I18n.class.getResourceAsStream("/server/messages_" + lang + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new HashMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
