package org.bilateralkg.remote;

import java.util.List;

/**
 * A batch of articles the server did not store (the request failed as a whole, so none of it is
 * there). Names every article, so nothing is lost without a word.
 */
public final class BatchNotStoredException extends RuntimeException {
    private final RemoteException cause;
    private final List<String> articles;
    private final long storedBefore;

    BatchNotStoredException(RemoteException cause, List<String> articles, long storedBefore) {
        super(cause.getMessage(), cause);
        this.cause = cause;
        this.articles = List.copyOf(articles);
        this.storedBefore = storedBefore;
    }

    public RemoteException remote() {
        return cause;
    }

    /** The articles of the failed batch: IRI, and URL when known. */
    public List<String> articles() {
        return articles;
    }

    /** Articles stored by earlier batches of the same run. */
    public long storedBefore() {
        return storedBefore;
    }
}
