package org.bilateralkg.ingest;

/** Receives what {@link ArticleReader} finds, in input order, one item at a time (streaming). */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);
}
