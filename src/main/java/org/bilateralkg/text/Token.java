package org.bilateralkg.text;

/**
 * A word or punctuation mark. {@code start}/{@code end} are UTF-16 indices into the stored article
 * text; {@code norm} is the folded form used for every dictionary match.
 */
public record Token(String text, String norm, int start, int end) {
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isNumber() {
        return !norm.isEmpty() && norm.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** True when the original starts with an upper-case letter (names in Latin script). */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
