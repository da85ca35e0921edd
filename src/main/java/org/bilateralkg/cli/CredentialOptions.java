package org.bilateralkg.cli;

import java.nio.file.Path;

import org.bilateralkg.remote.Credentials;
import picocli.CommandLine.Option;

/**
 * Who writes through a running server: a user of its {@code --update-users} file. The password
 * never goes on the command line, where other users of the machine can read it.
 */
final class CredentialOptions {
    @Option(names = "--user", paramLabel = "NAME",
            description = {"With --endpoint: a user of the server's --update-users file. The password comes from",
                    "the environment variable " + Credentials.ENV + " or --password-file."})
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --user: a file whose first line is the password.")
    Path passwordFile;

    Credentials resolve() throws UsageException {
        try {
            return Credentials.resolve(user, passwordFile, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** With --db there is no server to log in to: credentials there are a mistake worth saying. */
    void refuseLocally() throws UsageException {
        if (user != null || passwordFile != null) {
            throw new UsageException("--user and --password-file go with --endpoint URL, not --db");
        }
    }
}
