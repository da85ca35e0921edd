package org.bilateralkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the stored text into paragraphs (lines) and sentences. A sentence ends at the danda (।),
 * '?', '!' or a full stop that does not close an abbreviation or an initial ("U.S.", "S. Jaishankar").
 * Furniture lines are set aside; caption lines are kept but marked.
 */
public final class SentenceSplitter {
    private final TextConventions conventions;

    public SentenceSplitter(TextConventions conventions) {
        this.conventions = conventions;
    }

    public Document split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Document.Span> furniture = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty()) {
                if (conventions.isFurniture(line)) {
                    furniture.add(trimmed(text, lineStart, lineEnd));
                } else {
                    boolean caption = conventions.isCaption(line);
                    splitLine(text, lineStart, lineEnd, caption, paragraph, sentences);
                    paragraph++;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Document(text, List.copyOf(sentences), List.copyOf(furniture));
    }

    private void splitLine(String text, int from, int to, boolean caption, int paragraph, List<Sentence> out) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(tokens, i)) {
                add(text, tokens.subList(first, i + 1), caption, paragraph, out);
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            add(text, tokens.subList(first, tokens.size()), caption, paragraph, out);
        }
    }

    private boolean endsSentence(List<Token> tokens, int i) {
        String t = tokens.get(i).norm();
        if (t.equals("।") || t.equals("?") || t.equals("!")) {
            return true;
        }
        if (!t.equals(".")) {
            return false;
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            // "3.5", "U.S.", "e.g." : the full stop is inside a word or number.
            if (next.start() == tokens.get(i).end() && next.isWord()) {
                return false;
            }
            if (next.isWord() && Character.isLowerCase(next.text().codePointAt(0))) {
                return false;
            }
        }
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == tokens.get(i).start()) {
                if (prev.text().length() == 1 && prev.isCapitalised()) {
                    return false; // an initial
                }
                if (isDevanagariInitial(prev.text())) {
                    return false; // "एस. एम. कृष्णा"
                }
                if (conventions.abbreviations().contains(prev.norm())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One Devanagari syllable (a consonant, maybe with a vowel sign or anusvara): an initial. */
    private static boolean isDevanagariInitial(String t) {
        if (t.isEmpty() || t.length() > 3 || t.charAt(0) < '\u0915' || t.charAt(0) > '\u0939') {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '\u093E' && c <= '\u094C') && c != '\u0902' && c != '\u0901') {
                return false;
            }
        }
        return true;
    }

    private static void add(String text, List<Token> tokens, boolean caption, int paragraph, List<Sentence> out) {
        // Caption bars ("| ... |") and similar frames are not part of the sentence.
        int a = 0;
        int b = tokens.size();
        while (a < b && isFrame(tokens.get(a))) {
            a++;
        }
        while (b > a && isFrame(tokens.get(b - 1))) {
            b--;
        }
        if (a >= b) {
            return;
        }
        List<Token> kept = List.copyOf(tokens.subList(a, b));
        out.add(new Sentence(out.size(), kept.get(0).start(), kept.get(kept.size() - 1).end(), kept, caption, paragraph));
    }

    private static boolean isFrame(Token t) {
        return t.text().equals("|") || t.text().equals("¦");
    }

    private static Document.Span trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Document.Span(from, to);
    }
}
