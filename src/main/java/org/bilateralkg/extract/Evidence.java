package org.bilateralkg.extract;

/**
 * The exact words a fact came from. {@code start}/{@code end} are UTF-16 indices into the stored
 * article text (the RDF stage turns them into Unicode code points); {@code exact} equals that slice.
 */
public record Evidence(int start, int end, String exact, int sentence, String rule, double confidence) {
}
