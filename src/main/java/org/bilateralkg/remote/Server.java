package org.bilateralkg.remote;

import java.net.URI;

/**
 * A running {@code ./bkg serve}, by the URL users give with {@code --endpoint} (its root, such as
 * {@code http://127.0.0.1:3030/}), and where its endpoints are: the dataset {@code /kg} with
 * {@code query}, {@code update}, {@code get} (read), {@code data} (read-write) and {@code compact}.
 */
public record Server(URI root) {
    public static final String DATASET = "/kg";

    /** Parses what the user typed; the message of the exception is fit to show them. */
    public static Server parse(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            u = null;
        }
        if (u == null || u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                || u.getHost() == null) {
            throw new IllegalArgumentException("--endpoint takes the server's http(s) URL, such as http://127.0.0.1:3030/, not '"
                    + url + "'");
        }
        return new Server(u.resolve("/"));
    }

    public String query() {
        return at("query");
    }

    public String update() {
        return at("update");
    }

    /** The Graph Store Protocol, read only (no credentials needed). */
    public String read() {
        return at("get");
    }

    /** The Graph Store Protocol, read-write (credentials needed). */
    public String data() {
        return at("data");
    }

    public String compact() {
        return at("compact");
    }

    private String at(String endpoint) {
        return root.resolve(DATASET + "/" + endpoint).toString();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
