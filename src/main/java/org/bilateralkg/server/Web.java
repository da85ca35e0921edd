package org.bilateralkg.server;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** What every page handler shares: the store, where things live, the templates, the words. */
final class Web {
    /** Pages may not show scripts or plugins, and only load styles from this server. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'self'";

    final DatasetGraph dsg;
    final Site site;
    final ServerConfig config;
    final Templates templates = new Templates();
    final List<String> cannedQueries;
    /** Labels do not change while nobody can write; with writers they are kept half a minute. */
    final LabelCache labels;

    Web(DatasetGraph dsg, Site site, ServerConfig config) {
        this.dsg = dsg;
        this.site = site;
        this.config = config;
        this.cannedQueries = config.cannedQueryNames();
        this.labels = new LabelCache(config.updateUsers() == null ? 0 : 30_000);
    }

    /** Page queries get the same time limit as SPARQL queries. */
    Ctx ctx(HttpServletRequest req) {
        String param = req.getParameter("lang");
        String lang = I18n.choose(param, req.getHeader("Accept-Language"));
        boolean explicit = param != null && lang.equals(param.strip().toLowerCase(java.util.Locale.ROOT));
        return new Ctx(site, new Sparql(dsg, config.queryTimeout().toMillis()), lang, explicit, labels);
    }

    /** Builds a page in one read transaction (null: not found), then renders it outside it. */
    void page(HttpServletRequest req, HttpServletResponse resp, Function<Ctx, Page> build) throws IOException {
        Ctx c = ctx(req);
        Page p;
        try {
            p = Txn.calculateRead(dsg, () -> build.apply(c));
        } catch (QueryCancelledException e) {
            error(req, resp, c, 503, c.t("error.generic"));
            return;
        }
        if (p == null) {
            error(req, resp, c, 404, c.t("error.notFound", req.getRequestURI()));
            return;
        }
        send(req, resp, c, p, 200);
    }

    void error(HttpServletRequest req, HttpServletResponse resp, Ctx c, int status, String message) throws IOException {
        if (!wantsHtml(req)) {
            text(resp, status, message);
            return;
        }
        Page p = new Page();
        p.kind = "error";
        p.title = status == 404 ? c.t("error.title") : String.valueOf(status);
        p.subtitle = message;
        send(req, resp, c, p, status);
    }

    static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml"));
    }

    void send(HttpServletRequest req, HttpServletResponse resp, Ctx c, Page p, int status) throws IOException {
        p.lang = c.lang;
        p.t = c.i18n.words();
        p.explicitLang = c.explicitLang;
        p.homeHref = c.href("/");
        p.nav = List.of(Page.Link.of(c.t("nav.home"), c.href("/")));
        p.langs = langLinks(req);
        if (p.iri != null && p.formats.isEmpty()) {
            for (Formats.Format f : Formats.RDF) {
                p.formats.add(Page.Link.of(f.name(), site.data(p.iri, f.suffix())));
            }
            p.alternateTurtle = site.data(p.iri, "ttl");
        }
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept-Language");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Content-Language", c.lang);
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        // Render in memory, then send in one write (with its length).
        StringWriter w = new StringWriter(16 * 1024);
        templates.render("page", p, w);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** The same address in each language. */
    static List<Page.Link> langLinks(HttpServletRequest req) {
        String qs = req.getQueryString();
        List<String> keep = new ArrayList<>();
        if (qs != null) {
            for (String part : qs.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    keep.add(part);
                }
            }
        }
        List<Page.Link> out = new ArrayList<>();
        for (String l : I18n.LANGUAGES) {
            List<String> q = new ArrayList<>(keep);
            q.add("lang=" + l);
            String name = I18n.of(l).t("language.name");
            out.add(new Page.Link(name, Site.encodePath(req.getRequestURI()).replaceFirst("^/+", "/") + "?" + String.join("&", q), l, null));
        }
        return out;
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The address of this server as the client reached it: scheme://host:port (never the IRI's canonical host). */
    static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        String host = req.getServerName();
        int port = req.getServerPort();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port);
    }
}
