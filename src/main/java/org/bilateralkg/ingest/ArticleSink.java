package org.bilateralkg.ingest;

/** Receives what {@link ArticleReader} finds, in input order, one item at a time (streaming). */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);

    /** Called after each file, with its size, so that progress can be told in bytes. */
    default void fileDone(java.nio.file.Path file, long bytes) {
    }
}
