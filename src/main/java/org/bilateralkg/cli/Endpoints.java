package org.bilateralkg.cli;

import java.nio.file.Path;

import org.bilateralkg.remote.Server;

/** The choice every store command offers: a store directory, or the running server that holds it. */
final class Endpoints {
    private Endpoints() {
    }

    /** Exactly one of --db and --endpoint; returns the server, or null for the local store. */
    static Server choose(Path db, String endpoint, String remoteUse) throws UsageException {
        if ((db == null) == (endpoint == null)) {
            throw new UsageException("give --db DIR, or --endpoint URL " + remoteUse);
        }
        if (endpoint == null) {
            return null;
        }
        try {
            return Server.parse(endpoint);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
