package org.bilateralkg.server;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.bilateralkg.rdf.Iris;

/**
 * Where things live on the server. An entity IRI {@code <base>id/REST} is served at the same path
 * ({@code /id/REST} with the default base), its HTML page at {@code /page/REST} and its data at
 * {@code /data/REST.ttl} (or another suffix). Any other IRI of the store has a page at
 * {@code /resource?iri=...}.
 */
final class Site {
    static final String PAGE = "/page/";
    static final String DATA = "/data/";
    static final String RESOURCE = "/resource";

    private final Iris iris;
    private final String idPrefix;
    private final String idPath;

    Site(Iris iris) {
        this.iris = iris;
        this.idPrefix = iris.base() + "id/";
        String path = URI.create(iris.base()).getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        this.idPath = path + "id/";
    }

    Iris iris() {
        return iris;
    }

    /** The IRI prefix of entities: {@code <base>id/}. */
    String idPrefix() {
        return idPrefix;
    }

    /** The server path under which entity IRIs are dereferenced: {@code /id/} with the default base. */
    String idPath() {
        return idPath;
    }

    boolean isEntity(String iri) {
        return iri != null && iri.startsWith(idPrefix) && iri.length() > idPrefix.length();
    }

    /** The part of an entity IRI after {@code <base>id/}, e.g. {@code person/sergey-lavrov}. */
    String rest(String iri) {
        return iri.substring(idPrefix.length());
    }

    String iriOf(String rest) {
        return idPrefix + rest;
    }

    /** The page of any IRI: /page/... for entities, /resource?iri=... for the rest. */
    String page(String iri) {
        if (isEntity(iri)) {
            return PAGE + encodePath(rest(iri));
        }
        return RESOURCE + "?iri=" + query(iri);
    }

    String page(Node n) {
        return page(n.getURI());
    }

    /** The data document of any IRI in one format (suffix ttl, jsonld, rdf, nt, trig). */
    String data(String iri, String suffix) {
        if (isEntity(iri)) {
            return DATA + encodePath(rest(iri)) + "." + suffix;
        }
        return DATA + "?iri=" + query(iri) + "&format=" + suffix;
    }

    /** A link to the page of the country pair A-B. */
    static String pair(String codeA, String codeB) {
        return "/pair/" + encodePath(codeA) + "/" + encodePath(codeB);
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /**
     * Percent-encodes what may not stand in a URL path (keeps unreserved characters, "/", and existing
     * %XX escapes).
     */
    static String encodePath(String s) {
        StringBuilder b = new StringBuilder();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == ':' || c == '@'
                    || c == '!' || c == '$' || c == '\'' || c == '(' || c == ')' || c == '*' || c == ',' || c == ';' || c == '=';
            if (c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                keep = true;
            }
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** True for IRIs a page may link to directly (http and https only: never javascript: or data:). */
    static boolean isWebLink(String iri) {
        return iri != null && (iri.startsWith("http://") || iri.startsWith("https://"));
    }
}
