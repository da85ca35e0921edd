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
 * @param maxUpdateBytes  the larger cap for authenticated writers (batches of a remote ingest, a restore)
 */
public record ServerConfig(String host, int port, Duration queryTimeout, Path updateUsers, long maxRequestBytes,
                           String licence, Path cannedQueries, long maxUpdateBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** A remote ingest sends batches of up to 500 articles (some tens of MB as SPARQL Update); a restore, a whole dump. */
    public static final long DEFAULT_MAX_UPDATE_BYTES = 1024L * 1024 * 1024;
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
        if (maxUpdateBytes <= 0) {
            maxUpdateBytes = DEFAULT_MAX_UPDATE_BYTES;
        }
    }

    /** Without a separate cap for authenticated writers: the default one. */
    public ServerConfig(String host, int port, Duration queryTimeout, Path updateUsers, long maxRequestBytes,
                        String licence, Path cannedQueries) {
        this(host, port, queryTimeout, updateUsers, maxRequestBytes, licence, cannedQueries, DEFAULT_MAX_UPDATE_BYTES);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, null, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_LICENCE, null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, queryTimeout, updateUsers, maxRequestBytes, licence, cannedQueries, maxUpdateBytes);
    }

    public ServerConfig withQueryTimeout(Duration d) {
        return new ServerConfig(host, port, d, updateUsers, maxRequestBytes, licence, cannedQueries, maxUpdateBytes);
    }

    public ServerConfig withUpdateUsers(Path file) {
        return new ServerConfig(host, port, queryTimeout, file, maxRequestBytes, licence, cannedQueries, maxUpdateBytes);
    }

    public ServerConfig withCannedQueries(Path dir) {
        return new ServerConfig(host, port, queryTimeout, updateUsers, maxRequestBytes, licence, dir, maxUpdateBytes);
    }

    public ServerConfig withMaxUpdateBytes(long n) {
        return new ServerConfig(host, port, queryTimeout, updateUsers, maxRequestBytes, licence, cannedQueries, n);
    }

    public ServerConfig withMaxRequestBytes(long n) {
        return new ServerConfig(host, port, queryTimeout, updateUsers, n, licence, cannedQueries, maxUpdateBytes);
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
