package org.bilateralkg.server;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * Entity IRIs, dereferenced at their own path ({@code /id/...}): 303 See Other to the HTML page or
 * to the data in the format asked for (Accept, or a suffix: .html .ttl .jsonld .rdf .nt .trig),
 * always on this server's own address. 404 for an IRI the store does not know, 406 when nothing
 * offered is acceptable.
 */
final class LinkedDataServlet extends HttpServlet {
    private final Web web;

    LinkedDataServlet(Web web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String uri = req.getRequestURI();
        String idPath = web.site.idPath();
        if (!uri.startsWith(idPath) || uri.length() == idPath.length()) {
            Web.text(resp, 404, "Not found: " + uri);
            return;
        }
        String rest = uri.substring(idPath.length());
        Resolved r = Txn.calculateRead(web.dsg, () -> resolve(rest));
        if (r == null) {
            Web.text(resp, 404, "This server knows nothing about " + web.site.iriOf(rest));
            return;
        }
        Formats.Format f = r.suffixFormat != null ? r.suffixFormat : Formats.choose(req.getHeader("Accept"), Formats.ENTITY);
        if (f == null) {
            Web.text(resp, 406, "Not acceptable. " + web.site.iriOf(r.rest) + " is available as: "
                    + String.join(", ", Formats.ENTITY.stream().map(Formats.Format::mediaType).toList()));
            return;
        }
        String path = f == Formats.HTML ? Site.PAGE + Site.encodePath(r.rest) : Site.DATA + Site.encodePath(r.rest) + "." + f.suffix();
        String location = Web.origin(req) + path;
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setContentType("text/plain; charset=utf-8");
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(("See Other: " + location + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private record Resolved(String rest, Formats.Format suffixFormat) {
    }

    /** The entity a path names (with or without a format suffix), or null. */
    private Resolved resolve(String rawRest) {
        Sparql sparql = new Sparql(web.dsg, web.config.queryTimeout().toMillis());
        for (String rest : candidates(rawRest)) {
            if (exists(sparql, rest)) {
                return new Resolved(rest, null);
            }
            int dot = rest.lastIndexOf('.');
            if (dot > 0 && rest.indexOf('/', dot) < 0) {
                Formats.Format f = Formats.bySuffix(rest.substring(dot + 1), Formats.ENTITY);
                String base = rest.substring(0, dot);
                if (f != null && exists(sparql, base)) {
                    return new Resolved(base, f);
                }
            }
        }
        return null;
    }

    /** The path as sent (IRIs keep their %-escapes), then decoded (IRIs in Unicode). */
    static List<String> candidates(String raw) {
        String decoded = Site.decode(raw.replace("+", "%2B"));
        return decoded.equals(raw) ? List.of(raw) : List.of(raw, decoded);
    }

    private boolean exists(Sparql sparql, String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        Node n = NodeFactory.createURI(web.site.iriOf(rest));
        return sparql.ask("exists", "this", n);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
