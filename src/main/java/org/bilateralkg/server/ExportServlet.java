package org.bilateralkg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.bilateralkg.export.ExportException;
import org.bilateralkg.export.ExportRequest;
import org.bilateralkg.export.Exporter;
import org.bilateralkg.rdf.Iris;

/**
 * The exports of {@code ./bkg export} over HTTP: {@code /export?view=&format=&from=&to=&country=&topic=},
 * with the proper content type and a file name; the network page at {@code /network/} and
 * Cytoscape.js from its WebJar at {@code /webjars/}. A bad request is a 400 with one line of text.
 */
final class ExportServlet extends HttpServlet {
    private final transient Exporter exporter;

    ExportServlet(Web web, Iris iris) {
        Dataset ds = DatasetFactory.wrap(web.dsg);
        this.exporter = new Exporter(ds, iris, web.config.cannedQueries());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        boolean head = "HEAD".equals(req.getMethod());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (uri.startsWith("/network")) {
            String rel = uri.length() <= "/network/".length() ? "network.html" : uri.substring("/network/".length());
            Resources.send("export", rel.isEmpty() ? "network.html" : rel, resp, head, "public, max-age=300");
            return;
        }
        if (uri.startsWith("/webjars/")) {
            Resources.send("META-INF/resources/webjars", uri.substring("/webjars/".length()), resp, head, "public, max-age=86400");
            return;
        }
        Exporter.Prepared p;
        try {
            p = exporter.prepare(ExportRequest.fromQueryString(req.getQueryString()));
        } catch (ExportException e) {
            Web.text(resp, 400, e.getMessage());
            return;
        }
        resp.setStatus(200);
        resp.setContentType(p.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + p.fileName() + "\"");
        if (!head) {
            try (OutputStream out = resp.getOutputStream()) {
                p.writeTo(out);
            }
        }
    }
}
