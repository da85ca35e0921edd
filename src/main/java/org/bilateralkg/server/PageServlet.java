package org.bilateralkg.server;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The HTML pages: home ({@code /}), resource pages ({@code /page/...} for entities,
 * {@code /resource?iri=...} for any other IRI), search ({@code /search?q=}) and country pairs
 * ({@code /pair/RU/CN}).
 */
final class PageServlet extends HttpServlet {
    private final Web web;

    PageServlet(Web web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        if (uri.equals("/")) {
            web.page(req, resp, c -> HomePages.home(c, web.cannedQueries));
        } else if (uri.equals("/search")) {
            String q = req.getParameter("q");
            web.page(req, resp, c -> HomePages.search(c, q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q));
        } else if (uri.startsWith("/pair/")) {
            String[] parts = uri.substring("/pair/".length()).split("/");
            if (parts.length != 2) {
                web.error(req, resp, web.ctx(req), 404, web.ctx(req).t("error.notFound", uri));
                return;
            }
            PageParams params = params(req);
            web.page(req, resp, c -> Stories.pair(c, parts[0], parts[1], params));
        } else if (uri.equals(Site.RESOURCE)) {
            String iri = req.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                web.error(req, resp, web.ctx(req), 404, web.ctx(req).t("error.notFound", "?"));
                return;
            }
            if (web.site.isEntity(iri)) {
                // Entities have their own page address.
                resp.setStatus(301);
                resp.setHeader("Location", Web.origin(req) + web.ctx(req).pageHref(iri));
                return;
            }
            resource(req, resp, NodeFactory.createURI(iri));
        } else if (uri.startsWith(Site.PAGE) && uri.length() > Site.PAGE.length()) {
            String rest = uri.substring(Site.PAGE.length());
            Node raw = NodeFactory.createURI(web.site.iriOf(rest));
            Node decoded = NodeFactory.createURI(web.site.iriOf(Site.decode(rest.replace("+", "%2B"))));
            resource(req, resp, raw.equals(decoded) ? raw : null, raw, decoded);
        } else {
            web.error(req, resp, web.ctx(req), 404, web.ctx(req).t("error.notFound", uri));
        }
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, Node n, Node... alternatives) throws IOException {
        PageParams params = params(req);
        web.page(req, resp, c -> {
            if (n != null) {
                return Pages.resource(c, n, params);
            }
            for (Node alt : alternatives) {
                Page p = Pages.resource(c, alt, params);
                if (p != null) {
                    return p;
                }
            }
            return null;
        });
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    /** What the request asks of a page beyond the resource (paging, highlights). */
    private static PageParams params(HttpServletRequest req) {
        Set<String> hl = new LinkedHashSet<>();
        String h = req.getParameter("hl");
        if (h != null) {
            for (String id : h.split(",")) {
                if (id.matches("[A-Za-z0-9_-]{1,40}")) {
                    hl.add(id);
                }
            }
        }
        Map<String, Long> from = new HashMap<>();
        req.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(PageParams.FROM) && name.length() <= 40) {
                from.put(name.substring(PageParams.FROM.length()), number(values[0]));
            }
        });
        PageParams params = new PageParams(number(req.getParameter("inv")), hl, from, (int) Math.min(500, number(req.getParameter("rows"))));
        return params;
    }

    /** A non-negative row number from a request parameter; 0 when absent or not a number. */
    private static long number(String s) {
        try {
            return s == null ? 0 : Math.max(0, Long.parseLong(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
