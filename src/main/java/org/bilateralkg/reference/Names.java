package org.bilateralkg.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names of one thing in several languages; the first name of each language is the preferred one. */
public record Names(Map<String, List<String>> byLanguage) {
    public static Names empty() {
        return new Names(Map.of());
    }

    public String preferred(String lang) {
        List<String> l = byLanguage.get(lang);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** Preferred in {@code lang}, else English, else any. */
    public String best(String lang) {
        String s = preferred(lang);
        if (s == null) {
            s = preferred("en");
        }
        if (s == null) {
            s = byLanguage.values().stream().filter(l -> !l.isEmpty()).map(l -> l.get(0)).findFirst().orElse(null);
        }
        return s;
    }

    public List<String> all(String lang) {
        return byLanguage.getOrDefault(lang, List.of());
    }

    /** A mutable builder that keeps first-seen order and drops repeats. */
    public static final class Builder {
        private final Map<String, List<String>> map = new LinkedHashMap<>();

        public Builder add(String lang, String name) {
            if (name != null && !name.isBlank()) {
                List<String> l = map.computeIfAbsent(lang, k -> new ArrayList<>());
                if (!l.contains(name.strip())) {
                    l.add(name.strip());
                }
            }
            return this;
        }

        public Builder addAll(String lang, List<String> names) {
            names.forEach(n -> add(lang, n));
            return this;
        }

        public Names build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Names(java.util.Collections.unmodifiableMap(copy));
        }
    }
}
