package org.bilateralkg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The data about a resource: {@code /data/REST.ttl} (or .jsonld .rdf .nt .trig) for entities,
 * {@code /data?iri=IRI&format=ttl} for any other IRI; without a suffix, by Accept.
 */
final class DataServlet extends HttpServlet {
    private final Web web;

    DataServlet(Web web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String iri;
        Formats.Format f = null;
        boolean negotiated = false;
        if (uri.equals("/data") || uri.equals("/data/")) {
            iri = req.getParameter("iri");
            String format = req.getParameter("format");
            if (iri == null || iri.isBlank()) {
                Web.text(resp, 400, "Name a resource: /data?iri=IRI&format=ttl");
                return;
            }
            if (format != null) {
                f = Formats.bySuffix(format, Formats.RDF);
                if (f == null) {
                    Web.text(resp, 400, "Unknown format '" + format + "' (ttl, jsonld, rdf, nt, trig)");
                    return;
                }
            }
        } else {
            String rest = uri.substring(Site.DATA.length());
            int dot = rest.lastIndexOf('.');
            if (dot > 0 && rest.indexOf('/', dot) < 0) {
                f = Formats.bySuffix(rest.substring(dot + 1), Formats.RDF);
                if (f != null) {
                    rest = rest.substring(0, dot);
                }
            }
            iri = web.site.iriOf(Site.decode(rest.replace("+", "%2B")));
            if (!rest.equals(Site.decode(rest.replace("+", "%2B")))) {
                // keep the IRI as written when that is what the store holds
                String raw = web.site.iriOf(rest);
                if (existsRead(raw)) {
                    iri = raw;
                }
            }
        }
        if (f == null) {
            resp.setHeader("Vary", "Accept");
            f = Formats.choose(req.getHeader("Accept"), Formats.RDF);
            negotiated = true;
            if (f == null) {
                Web.text(resp, 406, "Not acceptable: this document is available as "
                        + String.join(", ", Formats.RDF.stream().map(Formats.Format::mediaType).toList()));
                return;
            }
        }
        Node n = NodeFactory.createURI(iri);
        Formats.Format format = f;
        DatasetGraph ds;
        try {
            ds = Txn.calculateRead(web.dsg, () -> {
                Sparql sparql = new Sparql(web.dsg, web.config.queryTimeout().toMillis());
                if (!sparql.ask("exists", "this", n)) {
                    return null;
                }
                return Describe.dataset(sparql, n, web.site.idPrefix());
            });
        } catch (QueryCancelledException e) {
            Web.text(resp, 503, "The description took too long to compute.");
            return;
        }
        if (ds == null) {
            Web.text(resp, 404, "This server knows nothing about " + iri);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.mediaType() + (format == Formats.JSONLD || format == Formats.RDFXML ? "" : "; charset=utf-8"));
        if (negotiated) {
            resp.setHeader("Content-Location", web.site.data(iri, format.suffix()));
        }
        if (iri.chars().noneMatch(ch -> ch < 0x21 || ch == '<' || ch == '>' || ch > 0x7e)) {
            resp.setHeader("Link", "<" + iri + ">; rel=\"describes\"");
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        OutputStream out = resp.getOutputStream();
        if (format.quads()) {
            RDFDataMgr.write(out, ds, format.format());
        } else {
            RDFDataMgr.write(out, Describe.merged(ds), format.format());
        }
        out.flush();
    }

    private boolean existsRead(String iri) {
        return Txn.calculateRead(web.dsg, () -> new Sparql(web.dsg, web.config.queryTimeout().toMillis())
                .ask("exists", "this", NodeFactory.createURI(iri)));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
