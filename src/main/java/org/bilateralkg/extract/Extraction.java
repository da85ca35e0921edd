package org.bilateralkg.extract;

import java.util.List;

import org.bilateralkg.ingest.Article;

/**
 * Everything extracted from one article, as plain data. {@code language} is the language used
 * (given or detected); {@code supported} says whether a lexicon existed for it.
 */
public record Extraction(Article article, String language, boolean supported, List<PersonRef> people,
                         List<MultilateralEvent> events, List<Meeting> meetings, List<Statement> statements,
                         List<Commitment> commitments, List<Photo> photos, String extractorVersion) {
}
