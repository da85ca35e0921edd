package org.bilateralkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from the class path under a fixed directory, by name only: every path segment must
 * be a plain file name (letters, digits, dot, dash, underscore; no "..", no empty segment), so
 * there is no way out of the directory and no directory listing.
 */
final class Resources {
    private Resources() {
    }

    static boolean safe(String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > 200) {
            return false;
        }
        for (String seg : relative.split("/", -1)) {
            if (!seg.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") || seg.contains("..")) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code dir/relative} or answers 404; true when sent. */
    static boolean send(String dir, String relative, HttpServletResponse resp, boolean head, String cacheControl) throws IOException {
        if (!safe(relative)) {
            Web.text(resp, 404, "Not found");
            return false;
        }
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(dir + "/" + relative)) {
            if (in == null) {
                Web.text(resp, 404, "Not found");
                return false;
            }
            byte[] bytes = in.readAllBytes();
            resp.setStatus(200);
            resp.setContentType(contentType(relative));
            resp.setContentLength(bytes.length);
            if (cacheControl != null) {
                resp.setHeader("Cache-Control", cacheControl);
            }
            if (!head) {
                resp.getOutputStream().write(bytes);
            }
            return true;
        }
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (n.endsWith(".js") || n.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        }
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (n.endsWith(".json") || n.endsWith(".map")) {
            return "application/json";
        }
        if (n.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (n.endsWith(".ico")) {
            return "image/x-icon";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (n.endsWith(".woff")) {
            return "font/woff";
        }
        if (n.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (n.endsWith(".rq")) {
            return "application/sparql-query; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
