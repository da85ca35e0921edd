package org.bilateralkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.bilateralkg.rdf.Vocab;

/**
 * The VoID description of the dataset at {@code /.well-known/void} (RFC 5785, VoID §7): counts,
 * classes, vocabularies, the SPARQL endpoint, the licence of the extracted data and the versions of
 * the extractor and reference data that made it.
 */
final class VoidServlet extends HttpServlet {
    private static final List<String> VOCABULARIES = List.of(Vocab.BKG, Vocab.SCHEMA, Vocab.SEM, Vocab.ORG, Vocab.PROV,
            Vocab.OA, Vocab.DCT, Vocab.FOAF, "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#");

    /** Counting the whole store takes a moment: a description is reused for a minute. */
    private static final long TTL_MILLIS = 60_000;

    private record Cached(Model model, long at) {
    }

    private final Web web;
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    VoidServlet(Web web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Formats.Format f = Formats.choose(req.getHeader("Accept"), Formats.RDF);
        String format = req.getParameter("format");
        if (format != null) {
            f = Formats.bySuffix(format, Formats.RDF);
        }
        if (f == null) {
            Web.text(resp, 406, "Not acceptable: the VoID description is available as "
                    + String.join(", ", Formats.RDF.stream().map(Formats.Format::mediaType).toList()));
            return;
        }
        String origin = Web.origin(req);
        long now = System.currentTimeMillis();
        Cached c = cache.get(origin);
        if (c == null || now - c.at() > TTL_MILLIS) {
            if (cache.size() > 16) {
                cache.clear();
            }
            c = new Cached(Txn.calculateRead(web.dsg, () -> describe(origin)), now);
            cache.put(origin, c);
        }
        Model m = c.model();
        resp.setStatus(200);
        resp.setContentType(f.mediaType() + (f == Formats.JSONLD || f == Formats.RDFXML ? "" : "; charset=utf-8"));
        if ("HEAD".equals(req.getMethod())) {
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

    Model describe(String origin) {
        Sparql sparql = new Sparql(web.dsg, web.config.queryTimeout().toMillis());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.mapping(web.site.idPrefix()));
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        Resource doc = m.createResource(origin + "/.well-known/void");
        Resource ds = m.createResource(origin + "/.well-known/void#dataset");
        doc.addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description of the Bilateral KG dataset", "en")
                .addProperty(m.createProperty(Vocab.FOAF + "primaryTopic"), ds);
        ds.addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Bilateral KG", "en")
                .addProperty(DCTerms.title, "द्विपक्षीय ज्ञान-ग्राफ़", "hi")
                .addProperty(DCTerms.description, "Relations between countries drawn from news articles: meetings, "
                        + "statements and commitments, each tied to the exact words of the article it came from.", "en")
                .addProperty(DCTerms.license, m.createResource(web.config.licence()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(origin + "/kg/sparql"))
                .addProperty(VOID.uriSpace, web.site.idPrefix())
                .addProperty(VOID.rootResource, m.createResource(origin + "/"));
        for (String v : VOCABULARIES) {
            ds.addProperty(VOID.vocabulary, m.createResource(v));
        }
        for (Formats.Format f : Formats.RDF) {
            ds.addProperty(VOID.feature, m.createResource(formatIri(f)));
        }
        Binding c = sparql.select("void-counts").get(0);
        literal(ds, VOID.triples, Sparql.num(c, "triples"));
        literal(ds, VOID.entities, Sparql.num(c, "entities"));
        literal(ds, VOID.classes, Sparql.num(c, "classes"));
        literal(ds, VOID.properties, Sparql.num(c, "properties"));
        literal(ds, m.createProperty(Vocab.BKG + "articleCount"), Sparql.num(c, "articles"));
        for (Binding b : sparql.select("void-versions")) {
            if (Sparql.str(b, "extractor") != null) {
                ds.addProperty(m.createProperty(Vocab.BKG + "extractorVersion"), Sparql.str(b, "extractor"));
            }
            if (Sparql.str(b, "refdata") != null) {
                ds.addProperty(m.createProperty(Vocab.BKG + "referenceDataVersion"), Sparql.str(b, "refdata"));
            }
        }
        ds.addProperty(m.createProperty(Vocab.BKG + "serverExtractorVersion"), org.bilateralkg.extract.Extractor.VERSION);
        for (Binding b : sparql.select("void-classes")) {
            Resource part = m.createResource();
            part.addProperty(VOID._class, m.createResource(Sparql.str(b, "class")));
            literal(part, VOID.entities, Sparql.num(b, "entities"));
            ds.addProperty(VOID.classPartition, part);
        }
        for (Binding b : sparql.select("void-graphs")) {
            Resource sub = m.createResource();
            sub.addProperty(RDF.type, VOID.Dataset);
            sub.addProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#name"), m.createResource(Sparql.str(b, "g")));
            literal(sub, VOID.triples, Sparql.num(b, "triples"));
            ds.addProperty(VOID.subset, sub);
        }
        for (Binding b : sparql.select("example-resources")) {
            ds.addProperty(VOID.exampleResource, m.createResource(Sparql.str(b, "s")));
        }
        return m;
    }

    private static void literal(Resource r, Property p, long n) {
        r.addLiteral(p, r.getModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    private static String formatIri(Formats.Format f) {
        return switch (f.suffix()) {
            case "ttl" -> "http://www.w3.org/ns/formats/Turtle";
            case "jsonld" -> "http://www.w3.org/ns/formats/JSON-LD";
            case "rdf" -> "http://www.w3.org/ns/formats/RDF_XML";
            case "nt" -> "http://www.w3.org/ns/formats/N-Triples";
            default -> "http://www.w3.org/ns/formats/TriG";
        };
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
