package org.bilateralkg.text;

import java.util.List;

/**
 * The article text split into sentences, with page furniture set aside. {@code text} is the
 * stored article text itself (never a normalised copy).
 */
public record Document(String text, List<Sentence> sentences, List<Span> furniture) {
    /** A stretch of the stored text, by UTF-16 indices. */
    public record Span(int start, int end) {
    }
}
