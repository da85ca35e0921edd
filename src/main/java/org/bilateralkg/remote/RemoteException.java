package org.bilateralkg.remote;

/** A request to the server failed; the message is one line fit for the user. */
public final class RemoteException extends RuntimeException {
    /** Why, as far as what to do next depends on it. */
    public enum Kind {
        /** The server cannot be reached, or refuses us (credentials, rights, no update endpoint, rate limit): nothing was written. */
        UNAVAILABLE,
        /** The server took the request and failed it, or found it too large: this request's data was not stored. */
        FAILED
    }

    private final Kind kind;
    private final int status;

    RemoteException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or -1 when there was no answer. */
    public int status() {
        return status;
    }

    /** The store is unreachable or refuses us: exit code 3, as for a local store that is missing or in use. */
    public boolean storeUnavailable() {
        return kind == Kind.UNAVAILABLE;
    }
}
