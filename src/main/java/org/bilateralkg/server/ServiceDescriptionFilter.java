package org.bilateralkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * The endpoint addresses without a query ({@code GET /kg/sparql}): a browser is sent to the query UI,
 * any other client gets the SPARQL 1.1 Service Description of the endpoint. With a query, Fuseki
 * answers as usual.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        String path = req.getRequestURI();
        boolean endpoint = path.equals(KgServer.DATASET + "/sparql") || path.equals(KgServer.DATASET + "/query");
        if (!endpoint || req.getQueryString() != null || !(method.equals("GET") || method.equals("HEAD"))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Vary", "Accept");
        Formats.Format f = Formats.choose(req.getHeader("Accept"), Formats.ENTITY);
        if (f == null) {
            Web.text(resp, 406, "Not acceptable: the service description is available as Turtle, JSON-LD, RDF/XML, N-Triples");
            return;
        }
        if (f == Formats.HTML) {
            resp.setStatus(303);
            resp.setHeader("Location", Web.origin(req) + "/ui/#/dataset/kg/query");
            return;
        }
        String origin = Web.origin(req);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        Resource service = m.createResource(origin + path + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD + "endpoint"), m.createResource(origin + path))
                .addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD + "defaultDataset"), m.createResource(origin + "/.well-known/void#dataset"));
        for (String rf : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples", "TriG")) {
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + rf));
        }
        resp.setStatus(200);
        resp.setContentType(f.mediaType() + (f == Formats.JSONLD || f == Formats.RDFXML ? "" : "; charset=utf-8"));
        if (method.equals("HEAD")) {
            return;
        }
        OutputStream out = resp.getOutputStream();
        if (f.quads()) {
            RDFDataMgr.write(out, org.apache.jena.query.DatasetFactory.wrap(m), f.format());
        } else {
            RDFDataMgr.write(out, m, f.format());
        }
        out.flush();
    }
}
