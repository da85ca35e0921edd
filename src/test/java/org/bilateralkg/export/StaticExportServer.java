package org.bilateralkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny server for the browser test only, mounting the export pieces the way the real server is
 * meant to: {@code /network/*} from classpath {@code export/*}, {@code /webjars/*} from classpath
 * {@code META-INF/resources/webjars/*}, {@code /export?view=&format=} through
 * {@link Exporter#prepare(ExportRequest)}, and a stand-in page for every {@code /id/...} IRI.
 * Listens on 127.0.0.1 only.
 */
final class StaticExportServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json");

    private final HttpServer server;
    private final Exporter exporter;

    StaticExportServer(Exporter exporter) throws IOException {
        this.exporter = exporter;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if (path.equals("/export")) {
                export(x);
            } else if (path.equals("/network") || path.equals("/network/")) {
                resource(x, "export/network.html");
            } else if (path.startsWith("/network/")) {
                resource(x, "export/" + path.substring("/network/".length()));
            } else if (path.startsWith("/webjars/")) {
                resource(x, "META-INF/resources" + path);
            } else if (path.startsWith("/id/")) {
                send(x, 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>" + path
                        + "</title><link rel=\"icon\" href=\"data:,\"></head><body>page of " + path + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                send(x, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void export(HttpExchange x) throws IOException {
        Exporter.Prepared p;
        try {
            p = exporter.prepare(ExportRequest.fromQueryString(x.getRequestURI().getRawQuery()));
        } catch (ExportException e) {
            send(x, 400, "text/plain; charset=utf-8", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        x.getResponseHeaders().set("Content-Type", p.contentType());
        x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + p.fileName() + "\"");
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
            p.writeTo(out);
        }
    }

    private void resource(HttpExchange x, String name) throws IOException {
        if (name.contains("..")) {
            send(x, 404, "text/plain", new byte[0]);
            return;
        }
        try (InputStream in = StaticExportServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                send(x, 404, "text/plain; charset=utf-8", ("no resource " + name).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(x, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
