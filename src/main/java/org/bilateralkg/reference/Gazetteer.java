package org.bilateralkg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bilateralkg.text.Token;
import org.bilateralkg.text.Tokenizer;

/**
 * A token trie over every phrase of the reference data and the lexicons. Phrases are tokenized and
 * normalised exactly as articles are, so "आसियान-केंद्रित" matches however its nukta or hyphen is
 * written. A "*" in a phrase stands for up to ten tokens ("held * meeting"). Quotation marks inside a
 * phrase are skipped: the "one China" policy is the one-China policy. Immutable once built;
 * lookups are thread-safe.
 */
public final class Gazetteer {
    static final int MAX_GAP = 10;
    /** Trie key prefix for tokens that must match as written (case-sensitive). */
    private static final String EXACT = "\u0000";

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        Node gap;
        List<Entry> entries = List.of();
    }

    private final Node root = new Node();
    private final Map<EntryKind, List<String[]>> suffixes = new HashMap<>();

    void add(String phrase, Entry entry) {
        if (entry.kind() == EntryKind.FUTURE_SUFFIX) {
            String norm = Tokenizer.tokenize("x" + phrase).get(0).norm().substring(1);
            suffixes.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(new String[]{norm, entry.value(), entry.lang()});
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        boolean exact = isAcronym(phrase);
        Node n = root;
        for (Token t : tokens) {
            if (t.text().equals("*")) {
                if (n.gap == null) {
                    n.gap = new Node();
                }
                n = n.gap;
            } else {
                n = n.children.computeIfAbsent(exact ? EXACT + t.text() : t.norm(), k -> new Node());
            }
        }
        if (!n.entries.contains(entry)) {
            List<Entry> l = new ArrayList<>(n.entries);
            l.add(entry);
            n.entries = List.copyOf(l);
        }
    }

    /** Every phrase occurrence in the tokens, all lengths, overlapping ones included. */
    public List<Match> findAll(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(root, tokens, i, i, out);
            suffixMatches(tokens, i, out);
        }
        return out;
    }

    private void walk(Node n, List<Token> tokens, int from, int pos, List<Match> out) {
        if (pos > from) {
            for (Entry e : n.entries) {
                out.add(new Match(e, from, pos));
            }
        }
        step(n, tokens, from, pos, out);
        if (n.gap != null && pos > from) {
            for (int k = 0; k <= MAX_GAP && pos + k <= tokens.size(); k++) {
                walkAfterGap(n.gap, tokens, from, pos + k, out);
            }
        }
    }

    private void walkAfterGap(Node n, List<Token> tokens, int from, int pos, List<Match> out) {
        step(n, tokens, from, pos, out);
    }

    private void step(Node n, List<Token> tokens, int from, int pos, List<Match> out) {
        if (pos >= tokens.size()) {
            return;
        }
        Token t = tokens.get(pos);
        Node child = n.children.get(t.norm());
        if (child != null) {
            walk(child, tokens, from, pos + 1, out);
        }
        if (t.isCapitalised()) {
            Node exact = n.children.get(EXACT + t.text());
            if (exact != null) {
                walk(exact, tokens, from, pos + 1, out);
            }
        }
        if (child == null && pos > from && isQuote(t.text())) {
            step(n, tokens, from, pos + 1, out); // the "one China" policy: a quotation mark inside a phrase
        }
    }

    private static boolean isQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\"'\u2018\u2019\u201C\u201D\u00AB\u00BB".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * Latin acronyms ("US", "WHO", "AP") match only as written: lower-cased they are everyday words.
     */
    static boolean isAcronym(String phrase) {
        int upper = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private void suffixMatches(List<Token> tokens, int i, List<Match> out) {
        String norm = tokens.get(i).norm();
        for (Map.Entry<EntryKind, List<String[]>> e : suffixes.entrySet()) {
            for (String[] s : e.getValue()) {
                if (norm.length() > s[0].length() && norm.endsWith(s[0])) {
                    out.add(new Match(new Entry(e.getKey(), s[1], s[2]), i, i + 1));
                    break;
                }
            }
        }
    }
}
