package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full view in every RDF format, parsed back by RDF4J Rio (an independent parser) and found
 * isomorphic to what the store holds: all quads for TriG, N-Quads and JSON-LD; the union of the
 * graphs for Turtle and RDF/XML.
 */
class FullDumpRioTest {
    static Model quads;
    static Model union;

    @BeforeAll
    static void storeContents() throws Exception {
        quads = SeedExports.storeQuads(false);
        union = SeedExports.storeQuads(true);
        assertTrue(quads.contexts().size() > 3, "article, reference and derived graphs: " + quads.contexts());
    }

    @Test
    void nquads() throws Exception {
        check("nquads", RDFFormat.NQUADS, quads);
    }

    @Test
    void trig() throws Exception {
        check("trig", RDFFormat.TRIG, quads);
    }

    @Test
    void jsonldWithItsContextInline() throws Exception {
        String text = new String(check("jsonld", RDFFormat.JSONLD, quads), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"@context\": {") || text.contains("\"@context\":{"), "an inline context object");
        assertFalse(text.matches("(?s).*\"@context\"\\s*:\\s*\".*"), "never a remote context");
    }

    @Test
    void turtleIsTheUnion() throws Exception {
        check("ttl", RDFFormat.TURTLE, union);
    }

    @Test
    void rdfxmlIsTheUnion() throws Exception {
        check("rdfxml", RDFFormat.RDFXML, union);
    }

    private static byte[] check(String format, RDFFormat rio, Model expected) throws Exception {
        byte[] bytes = SeedExports.export("full", format);
        RDFParser parser = Rio.createParser(rio);
        ParserConfig cfg = new ParserConfig();
        if (rio == RDFFormat.JSONLD) {
            // Nothing may be loaded from anywhere: the context is in the document.
            cfg.set(JSONLDSettings.WHITELIST, java.util.Set.of());
            cfg.set(JSONLDSettings.SECURE_MODE, true);
        }
        parser.setParserConfig(cfg);
        Model parsed = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(parsed));
        parser.parse(new ByteArrayInputStream(bytes), "");
        assertEquals(expected.size(), parsed.size(), format + ": as many statements as the store holds");
        assertTrue(Models.isomorphic(expected, parsed), format + ": isomorphic to the store");
        return bytes;
    }
}
