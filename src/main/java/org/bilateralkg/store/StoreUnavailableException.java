package org.bilateralkg.store;

/** The store directory is missing, not a store, or held by another process: a user error, exit code 3. */
public final class StoreUnavailableException extends Exception {
    public StoreUnavailableException(String message) {
        super(message);
    }
}
