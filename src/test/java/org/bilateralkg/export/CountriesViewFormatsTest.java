package org.bilateralkg.export;

import static org.bilateralkg.export.SeedExports.CN;
import static org.bilateralkg.export.SeedExports.RU;
import static org.bilateralkg.export.SeedExports.assertRuCnEdge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The countries view of the Hindi seed in every graph format, each read back by an independent
 * consumer: RU and CN are joined by an edge with at least one meeting and the asean-centrality topic.
 */
class CountriesViewFormatsTest {

    @Test
    void graphmlValidatesAgainstTheSchemaAndReadsBack() throws Exception {
        byte[] xml = SeedExports.export("countries", "graphml");
        SeedExports.validate(SeedExports.schema("graphml.xsd"), xml);

        // Typed keys: counts are long, dates and topics strings.
        Document doc = dom(xml);
        Map<String, String> types = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            types.put(k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("long", types.get("meetings"), types.toString());
        assertEquals("long", types.get("weight"), types.toString());
        assertEquals("string", types.get("topics"), types.toString());
        assertEquals("string", types.get("label"), types.toString());

        // JGraphT's importer (which validates too) reads it back.
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new HashMap<>();
        Map<String, Map<String, String>> nodeAttrs = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> imp = new GraphMLImporter<>();
        imp.setSchemaValidation(true);
        imp.setVertexFactory(id -> id);
        imp.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.importGraph(g, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        String ru = byKey(nodeAttrs, "iri", RU);
        String cn = byKey(nodeAttrs, "iri", CN);
        DefaultEdge e = g.getEdge(ru, cn);
        assertNotNull(e, "an RU–CN edge: " + g);
        assertRuCnEdge(edgeAttrs.get(e), "graphml");
        assertEquals("Russia", nodeAttrs.get(ru).get("label"));
        assertEquals("RU", nodeAttrs.get(ru).get("code"));
    }

    @Test
    void gexfIsDynamicValidatesAgainstTheSchemaAndReadsBack() throws Exception {
        byte[] xml = SeedExports.export("countries", "gexf");
        SeedExports.validate(SeedExports.schema("gexf.xsd"), xml);

        Document doc = dom(xml);
        String ns = GexfWriter.NS;
        Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("2024-07-25", graph.getAttribute("start"), "the meeting day starts the timeline");
        Map<String, String> titles = new HashMap<>();
        NodeList atts = doc.getElementsByTagNameNS(ns, "attribute");
        for (int i = 0; i < atts.getLength(); i++) {
            Element a = (Element) atts.item(i);
            titles.put(((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id"), a.getAttribute("type"));
        }
        assertEquals("long", titles.get("edge:meetings"), titles.toString());
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        Element ruCn = null;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (List.of(e.getAttribute("source"), e.getAttribute("target")).containsAll(List.of(RU, CN))) {
                ruCn = e;
            }
        }
        assertNotNull(ruCn, "an RU–CN edge");
        Map<String, String> values = new HashMap<>();
        NodeList avs = ruCn.getElementsByTagNameNS(ns, "attvalue");
        for (int i = 0; i < avs.getLength(); i++) {
            Element av = (Element) avs.item(i);
            values.put(av.getAttribute("for"), av.getAttribute("value"));
        }
        assertRuCnEdge(values, "gexf");
        NodeList spells = ruCn.getElementsByTagNameNS(ns, "spell");
        List<String> days = new ArrayList<>();
        for (int i = 0; i < spells.getLength(); i++) {
            days.add(((Element) spells.item(i)).getAttribute("start"));
        }
        assertTrue(days.contains("2024-07-25"), "the edge is active on the meeting day: " + days);
        assertTrue(Double.parseDouble(ruCn.getAttribute("weight")) >= 1);

        // JGraphT's GEXF importer (validating) reads it back.
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new HashMap<>();
        SimpleGEXFImporter<String, DefaultEdge> imp = new SimpleGEXFImporter<>();
        imp.setSchemaValidation(true);
        imp.setVertexFactory(id -> id);
        imp.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.importGraph(g, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        DefaultEdge e = g.getEdge(RU, CN);
        assertNotNull(e, "JGraphT finds the RU–CN edge: " + g);
        assertRuCnEdge(edgeAttrs.get(e), "gexf via JGraphT");
    }

    @Test
    void dotRendersWithGraphvizAndReadsBack(@TempDir Path tmp) throws Exception {
        byte[] dot = SeedExports.export("countries", "dot");
        String text = new String(dot, StandardCharsets.UTF_8);

        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        Map<String, Map<String, String>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new HashMap<>();
        DOTImporter<String, DefaultEdge> imp = new DOTImporter<>();
        imp.setVertexFactory(id -> id);
        imp.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), v -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        imp.importGraph(g, new StringReader(text));
        String ru = byKey(nodeAttrs, "URL", RU);
        String cn = byKey(nodeAttrs, "URL", CN);
        DefaultEdge e = g.getEdge(ru, cn);
        assertNotNull(e, "an RU–CN edge in the DOT graph: " + text);
        assertRuCnEdge(edgeAttrs.get(e), "dot");
        assertEquals("Russia", nodeAttrs.get(ru).get("label"));
        assertTrue(Double.parseDouble(edgeAttrs.get(e).get("penwidth")) > 1, "edge width by weight");

        Path dotExe = Path.of("/usr/bin/dot");
        Assumptions.assumeTrue(Files.isExecutable(dotExe),
                "ASSUMPTION: Graphviz is not installed here (/usr/bin/dot), so the DOT file was checked by JGraphT's"
                        + " parser only; CI installs graphviz (.ci/run) and renders it");
        Path in = tmp.resolve("countries.dot");
        Files.write(in, dot);
        Path svg = tmp.resolve("countries.svg");
        Process p = new ProcessBuilder(dotExe.toString(), "-Tsvg", "-o", svg.toString(), in.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot finished");
        assertEquals(0, p.exitValue(), "dot renders the file: " + output);
        assertFalse(output.contains("Warning") || output.contains("Error"), "dot has no complaint: " + output);
        String rendered = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(rendered.contains(">Russia<") && rendered.contains(">China<"), "both countries drawn");
        assertTrue(rendered.contains("xlink:href=\"" + RU + "\""), "a node links to its IRI");
    }

    @Test
    void cytoscapeJsonHasElementsWithData() throws Exception {
        byte[] json = SeedExports.export("countries", "cytoscape");
        JsonObject doc = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray nodes = doc.getAsJsonObject("elements").getAsJsonArray("nodes");
        JsonArray edges = doc.getAsJsonObject("elements").getAsJsonArray("edges");
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.getAsJsonObject().getAsJsonObject("data").get("id").getAsString(), n.getAsJsonObject().getAsJsonObject("data")));
        assertTrue(byId.containsKey(RU) && byId.containsKey(CN), byId.keySet().toString());
        assertTrue(byId.get(RU).get("weight").getAsJsonPrimitive().isNumber(), "numbers are JSON numbers");
        JsonObject ruCn = null;
        for (var e : edges) {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            if (List.of(d.get("source").getAsString(), d.get("target").getAsString()).containsAll(List.of(RU, CN))) {
                ruCn = d;
            }
            assertTrue(byId.containsKey(d.get("source").getAsString()) && byId.containsKey(d.get("target").getAsString()));
        }
        assertNotNull(ruCn);
        Map<String, String> m = new HashMap<>();
        ruCn.entrySet().forEach(en -> m.put(en.getKey(), en.getValue().getAsString()));
        assertRuCnEdge(m, "cytoscape");
    }

    @Test
    void csvAndTsvInGephiSpreadsheetLayout(@TempDir Path tmp) throws Exception {
        for (String format : List.of("csv", "tsv")) {
            ExportRequest r = SeedExports.request("countries", format);
            Path out = tmp.resolve("net." + format);
            Exporter.Summary s = SeedExports.exporter().writeFiles(r, out);
            Path nodesFile = tmp.resolve("net-nodes." + format);
            assertEquals(List.of(out.toAbsolutePath(), nodesFile.toAbsolutePath()), s.files());
            CSVFormat f = (format.equals("tsv") ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setHeader().get();
            try (CSVParser edges = CSVParser.parse(out, StandardCharsets.UTF_8, f);
                 CSVParser nodes = CSVParser.parse(nodesFile, StandardCharsets.UTF_8, f)) {
                assertEquals(List.of("Source", "Target", "Weight", "Type", "Id", "Label"), edges.getHeaderNames().subList(0, 6));
                assertEquals(List.of("Id", "Label"), nodes.getHeaderNames().subList(0, 2));
                CSVRecord ruCn = null;
                for (CSVRecord rec : edges.getRecords()) {
                    if (List.of(rec.get("Source"), rec.get("Target")).containsAll(List.of(RU, CN))) {
                        ruCn = rec;
                    }
                }
                assertNotNull(ruCn, format);
                assertEquals("Undirected", ruCn.get("Type"));
                assertRuCnEdge(ruCn.toMap(), format);
                List<String> ids = nodes.getRecords().stream().map(rec -> rec.get("Id")).toList();
                assertTrue(ids.containsAll(List.of(RU, CN)), ids.toString());
            }
        }
        // Over HTTP the two tables are two requests: part=nodes gives the nodes.
        byte[] nodes = SeedExports.export("countries", "csv", "part=nodes");
        assertTrue(new String(nodes, StandardCharsets.UTF_8).startsWith("Id,Label,"));
    }

    private static String byKey(Map<String, Map<String, String>> nodeAttrs, String key, String iri) {
        return nodeAttrs.entrySet().stream().filter(e -> iri.equals(e.getValue().get(key))).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no node with " + key + " " + iri + ": " + nodeAttrs));
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
