package org.bilateralkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The pages' style sheet ({@code /static/...} from server/static) and the canned queries ({@code /queries/NAME.rq}). */
final class StaticServlet extends HttpServlet {
    private final Web web;

    StaticServlet(Web web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        boolean head = "HEAD".equals(req.getMethod());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (uri.startsWith("/static/")) {
            Resources.send("server/static", uri.substring("/static/".length()), resp, head, "public, max-age=3600");
            return;
        }
        if (uri.startsWith("/queries/")) {
            String name = uri.substring("/queries/".length());
            if (!name.endsWith(".rq") || !web.cannedQueries.contains(name.substring(0, name.length() - 3))) {
                Web.text(resp, 404, "Not found");
                return;
            }
            Path file = web.config.cannedQueries().resolve(name);
            byte[] bytes = Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            resp.setStatus(200);
            resp.setContentType("application/sparql-query; charset=utf-8");
            resp.setContentLength(bytes.length);
            if (!head) {
                resp.getOutputStream().write(bytes);
            }
            return;
        }
        Web.text(resp, 404, "Not found");
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
