package org.bilateralkg.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.http.HttpLib;

/**
 * A user of the server's {@code --update-users} file and the password, which never comes from the
 * command line (where other users of the machine can read it): from the environment variable
 * {@value #ENV} or the first line of a file.
 */
public record Credentials(String user, String password) {
    public static final String ENV = "BKG_PASSWORD";

    /**
     * The credentials for {@code user}: the password from {@code passwordFile} when given, else from
     * {@value #ENV} in {@code env}. The messages of the exception are fit to show the user.
     */
    public static Credentials resolve(String user, Path passwordFile, Map<String, String> env) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("writing through a server needs --user NAME (one of its --update-users), "
                    + "with the password in " + ENV + " or --password-file FILE");
        }
        String password;
        if (passwordFile != null) {
            try {
                password = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new IllegalArgumentException("--password-file: cannot read " + passwordFile);
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("--password-file: " + passwordFile + " is empty (the password goes on its first line)");
            }
        } else {
            password = env.get(ENV);
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("no password for --user " + user + ": set " + ENV
                        + " or give --password-file FILE (never on the command line)");
            }
        }
        return new Credentials(user, password);
    }

    /** The value of the Authorization header (sent with the first request: no challenge round trip with a large body). */
    String header() {
        return HttpLib.basicAuth(user, password);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
