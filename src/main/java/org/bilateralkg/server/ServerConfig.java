package org.bilateralkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the server runs.
 *
 * @param host            address to bind (127.0.0.1 unless told otherwise)
 * @param port            port (0: any free port)
 * @param queryTimeout    SPARQL queries running longer are cancelled
 * @param updateUsers     password file (Jetty realm format, {@code user: password}); null: no writes at all
 * @param maxRequestBytes requests with a larger body are refused with 413
 * @param licence         IRI of the licence of the extracted data (stated in the VoID description)
 * @param cannedQueries   the queries/ directory whose .rq files the home page offers, or null
 */
public record ServerConfig(String host, int port, Duration queryTimeout, Path updateUsers, long maxRequestBytes,
                           String licence, Path cannedQueries) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final String DEFAULT_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    public ServerConfig {
        if (host == null || host.isBlank()) {
            host = DEFAULT_HOST;
        }
        if (queryTimeout == null) {
            queryTimeout = DEFAULT_TIMEOUT;
        }
        if (maxRequestBytes <= 0) {
            maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        }
        if (licence == null || licence.isBlank()) {
            licence = DEFAULT_LICENCE;
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, null, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_LICENCE, null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, queryTimeout, updateUsers, maxRequestBytes, licence, cannedQueries);
    }

    public ServerConfig withQueryTimeout(Duration d) {
        return new ServerConfig(host, port, d, updateUsers, maxRequestBytes, licence, cannedQueries);
    }

    public ServerConfig withUpdateUsers(Path file) {
        return new ServerConfig(host, port, queryTimeout, file, maxRequestBytes, licence, cannedQueries);
    }

    public ServerConfig withCannedQueries(Path dir) {
        return new ServerConfig(host, port, queryTimeout, updateUsers, maxRequestBytes, licence, dir);
    }

    public ServerConfig withMaxRequestBytes(long n) {
        return new ServerConfig(host, port, queryTimeout, updateUsers, n, licence, cannedQueries);
    }

    /** The names of the canned queries offered on the home page. */
    List<String> cannedQueryNames() {
        if (cannedQueries == null) {
            return List.of();
        }
        try (var s = java.nio.file.Files.list(cannedQueries)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("[A-Za-z0-9_-]+\\.rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
