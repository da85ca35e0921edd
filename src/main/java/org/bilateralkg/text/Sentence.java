package org.bilateralkg.text;

import java.util.List;

/**
 * A sentence of the article: {@code start}/{@code end} index the stored text; {@code caption} marks
 * photo captions, which repeat what the body says.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean caption, int paragraph) {
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
