package org.bilateralkg.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A sentence template of data/synth (syntax: data/synth/README.md): text with {@code {NAME}} values,
 * optional groups {@code [...]} or {@code [a|b]} (the first alternative whose values are all
 * available), agreement {@code {#singular|plural}} and place markers {@code {!NAME}}.
 */
final class Template {
    interface Node {
    }

    record Text(String text) implements Node {
    }

    record Value(String name) implements Node {
    }

    /** Renders nothing; says the sentence conveys {@code name} by other words ("visit to {B}"). */
    record Consume(String name) implements Node {
    }

    record Agree(String singular, String plural) implements Node {
    }

    record Group(List<List<Node>> alternatives) implements Node {
    }

    /** Values for one rendering. {@link #get} returns null when a value is not available. */
    interface Values {
        String get(String name);

        default boolean plural() {
            return false;
        }
    }

    private static final String MISSING = "\u0000missing";

    final String source;
    final String where;
    private final List<Node> nodes;

    private final Set<String> names;
    private final Set<String> required;

    private Template(String source, String where, List<Node> nodes) {
        this.source = source;
        this.where = where;
        this.nodes = nodes;
        Set<String> all = new LinkedHashSet<>();
        collect(nodes, all);
        this.names = java.util.Collections.unmodifiableSet(all);
        Set<String> req = new LinkedHashSet<>();
        for (Node n : nodes) {
            if (n instanceof Value v) {
                req.add(v.name());
            }
        }
        this.required = java.util.Collections.unmodifiableSet(req);
    }

    static Template parse(String source, String where) {
        int[] pos = {0};
        List<Node> nodes = parseSeq(source, pos, false, where);
        if (pos[0] != source.length()) {
            throw new IllegalStateException(where + ": unbalanced ']' in template: " + source);
        }
        return new Template(source, where, List.copyOf(nodes));
    }

    /** Parses until the end, or (inside a group) until an unmatched '|' or ']'. */
    private static List<Node> parseSeq(String s, int[] pos, boolean inGroup, String where) {
        List<Node> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (inGroup && (c == '|' || c == ']')) {
                break;
            }
            if (c == '{') {
                int end = s.indexOf('}', pos[0]);
                if (end < 0) {
                    throw new IllegalStateException(where + ": unclosed '{' in template: " + s);
                }
                flush(text, out);
                String inner = s.substring(pos[0] + 1, end);
                if (inner.startsWith("#")) {
                    int bar = inner.indexOf('|');
                    if (bar < 0) {
                        throw new IllegalStateException(where + ": agreement needs {#singular|plural}: " + s);
                    }
                    out.add(new Agree(inner.substring(1, bar), inner.substring(bar + 1)));
                } else if (inner.startsWith("!")) {
                    out.add(new Consume(inner.substring(1)));
                } else if (inner.isBlank()) {
                    throw new IllegalStateException(where + ": empty {} in template: " + s);
                } else {
                    out.add(new Value(inner));
                }
                pos[0] = end + 1;
            } else if (c == '[') {
                flush(text, out);
                pos[0]++;
                List<List<Node>> alts = new ArrayList<>();
                while (true) {
                    alts.add(List.copyOf(parseSeq(s, pos, true, where)));
                    if (pos[0] >= s.length()) {
                        throw new IllegalStateException(where + ": unclosed '[' in template: " + s);
                    }
                    char d = s.charAt(pos[0]++);
                    if (d == ']') {
                        break;
                    }
                }
                out.add(new Group(List.copyOf(alts)));
            } else {
                text.append(c);
                pos[0]++;
            }
        }
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<Node> out) {
        if (!text.isEmpty()) {
            out.add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    /** Every value name the template uses (for checking templates against what the generator knows). */
    Set<String> names() {
        return names;
    }

    private static void collect(List<Node> nodes, Set<String> out) {
        for (Node n : nodes) {
            if (n instanceof Value v) {
                out.add(v.name());
            } else if (n instanceof Consume c) {
                out.add(c.name());
            } else if (n instanceof Group g) {
                g.alternatives().forEach(a -> collect(a, out));
            }
        }
    }

    /** Names of values outside optional groups: without them the template cannot be used. */
    Set<String> required() {
        return required;
    }

    /** Whether the template names {@code name} anywhere (a value or a marker). */
    boolean mentions(String name) {
        return names.contains(name);
    }

    /** The template's literal text, every value replaced by {@code filler} (for checking cues). */
    String skeleton(String filler) {
        StringBuilder sb = new StringBuilder();
        skeleton(nodes, filler, sb);
        return sb.toString();
    }

    private static void skeleton(List<Node> nodes, String filler, StringBuilder sb) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else if (n instanceof Value) {
                sb.append(filler);
            } else if (n instanceof Agree a) {
                sb.append(a.singular()).append(' ').append(a.plural());
            } else if (n instanceof Group g) {
                for (List<Node> alt : g.alternatives()) {
                    sb.append(' ');
                    skeleton(alt, filler, sb);
                    sb.append(' ');
                }
            }
        }
    }

    /**
     * Renders with {@code values}; returns null when a required value is missing. The names of the
     * values that were written (and of {@code {!NAME}} markers) are added to {@code used}.
     */
    String render(Values values, Set<String> used) {
        Map<String, String> memo = new HashMap<>();
        Function<String, String> get = name -> {
            String v = memo.get(name);
            if (v == null) {
                v = values.get(name);
                memo.put(name, v == null ? MISSING : v);
            }
            return v == MISSING ? null : v; // identity: the sentinel, not an equal string
        };
        for (String r : required) {
            if (get.apply(r) == null) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        write(nodes, get, values.plural(), sb, used);
        return tidy(sb);
    }

    private static boolean available(List<Node> nodes, Function<String, String> get) {
        for (Node n : nodes) {
            if (n instanceof Value v && get.apply(v.name()) == null) {
                return false;
            }
            if (n instanceof Group g && g.alternatives().stream().noneMatch(a -> available(a, get))) {
                return false;
            }
        }
        return true;
    }

    private static void write(List<Node> nodes, Function<String, String> get, boolean plural, StringBuilder sb,
                              Set<String> used) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else if (n instanceof Value v) {
                sb.append(get.apply(v.name()));
                used.add(v.name());
            } else if (n instanceof Consume c) {
                used.add(c.name());
            } else if (n instanceof Agree a) {
                sb.append(plural ? a.plural() : a.singular());
            } else if (n instanceof Group g) {
                for (List<Node> alt : g.alternatives()) {
                    if (available(alt, get)) {
                        write(alt, get, plural, sb, used);
                        break;
                    }
                }
            }
        }
    }

    /** Collapses the spaces that dropped optional parts leave behind. */
    static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (out.isEmpty() || out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
                if (next == ',' || next == '.' || next == '।' || next == ' ') {
                    continue;
                }
            }
            out.append(c);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    @Override
    public String toString() {
        return where + ": " + source;
    }
}
