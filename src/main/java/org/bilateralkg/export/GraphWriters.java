package org.bilateralkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/** GraphML and DOT through JGraphT's exporters. */
final class GraphWriters {
    /** The GraphML key holding a node's IRI. */
    static final String IRI = "iri";

    private GraphWriters() {
    }

    /** The view as a JGraphT graph (multi-edges allowed: the topics view has one edge per stance). */
    static Graph<ViewGraph.Element, ViewGraph.Element> jgrapht(ViewGraph vg) {
        GraphTypeBuilder<ViewGraph.Element, ViewGraph.Element> b = vg.directed
                ? GraphTypeBuilder.directed() : GraphTypeBuilder.undirected();
        Graph<ViewGraph.Element, ViewGraph.Element> g = b.allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(false).buildGraph();
        vg.nodes.values().forEach(g::addVertex);
        for (ViewGraph.Element e : vg.edges) {
            g.addEdge(vg.nodes.get(e.source), vg.nodes.get(e.target), e);
        }
        return g;
    }

    /**
     * GraphML with a key per attribute, typed (int, double, boolean, string) from the query's values,
     * as yEd, Cytoscape and Gephi read it.
     */
    static void graphml(ViewGraph vg, OutputStream out) throws IOException {
        // GraphML ids are NMTOKENs, which IRIs are not: nodes are n1, n2, ... with the IRI in the "iri" key.
        Map<ViewGraph.Element, String> ids = new HashMap<>();
        for (ViewGraph.Element v : vg.nodes.values()) {
            ids.put(v, "n" + (ids.size() + 1));
        }
        GraphMLExporter<ViewGraph.Element, ViewGraph.Element> ex = new GraphMLExporter<>(ids::get);
        ex.setEdgeIdProvider(e -> e.id);
        ex.setGraphIdProvider(vg.view::id);
        ex.setExportVertexLabels(false);
        ex.setExportEdgeLabels(false);
        ex.setExportEdgeWeights(false);
        // JGraphT reserves the names of its own label and weight keys; ours are attributes like the rest.
        ex.setVertexLabelAttributeName("jgraphtVertexLabel");
        ex.setEdgeLabelAttributeName("jgraphtEdgeLabel");
        ex.setEdgeWeightAttributeName("jgraphtEdgeWeight");
        Map<String, ViewGraph.Type> all = new LinkedHashMap<>();
        Map<String, AttributeCategory> category = new HashMap<>();
        all.put(IRI, ViewGraph.Type.STRING);
        category.put(IRI, AttributeCategory.NODE);
        vg.nodeColumns.forEach((k, t) -> {
            all.put(k, t);
            category.put(k, AttributeCategory.NODE);
        });
        vg.edgeColumns.forEach((k, t) -> {
            if (all.containsKey(k)) {
                category.put(k, AttributeCategory.ALL);
                if (all.get(k) != t) {
                    all.put(k, ViewGraph.Type.STRING);
                }
            } else {
                all.put(k, t);
                category.put(k, AttributeCategory.EDGE);
            }
        });
        all.forEach((k, t) -> ex.registerAttribute(k, category.get(k), jgraphtType(t)));
        ex.setVertexAttributeProvider(v -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put(IRI, DefaultAttribute.createAttribute(v.id));
            m.putAll(attributes(v, all));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> attributes(e, all));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ex.exportGraph(jgrapht(vg), w);
        w.flush();
    }

    /**
     * DOT for Graphviz: node ids n1, n2, ... (IRIs are not DOT identifiers) with the IRI as URL and
     * tooltip, the label shown, node size and edge pen width growing with the weight, and every
     * other attribute kept for tools that read DOT data.
     */
    static void dot(ViewGraph vg, OutputStream out) throws IOException {
        Map<ViewGraph.Element, String> ids = new HashMap<>();
        int n = 0;
        for (ViewGraph.Element v : vg.nodes.values()) {
            ids.put(v, "n" + (++n));
        }
        DOTExporter<ViewGraph.Element, ViewGraph.Element> ex = new DOTExporter<>(ids::get);
        ex.setGraphIdProvider(vg.view::id);
        ex.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            // JGraphT writes graph attribute values as they are (node and edge ones it quotes and
            // escapes): this one is quoted here, and holds nothing that would need escaping.
            m.put("label", DefaultAttribute.createAttribute("\"Bilateral KG: " + vg.view.id() + " view\""));
            m.put("overlap", DefaultAttribute.createAttribute("false"));
            m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return m;
        });
        Map<String, ViewGraph.Type> nodeCols = vg.nodeColumns;
        Map<String, ViewGraph.Type> edgeCols = vg.edgeColumns;
        ex.setVertexAttributeProvider(v -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(v.label()));
            m.put("URL", DefaultAttribute.createAttribute(v.id));
            m.put("tooltip", DefaultAttribute.createAttribute(v.id));
            m.put("shape", DefaultAttribute.createAttribute(shape(v)));
            // Sizes on a log scale of the weight, the same in every export, so files compare.
            double size = Math.min(3.0, 0.6 + 0.3 * log2(1 + Math.max(0, v.weight())));
            m.put("width", DefaultAttribute.createAttribute(round(size)));
            m.put("height", DefaultAttribute.createAttribute(round(size * 0.6)));
            m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            extra(v, nodeCols, m, Set.of("label", "URL", "tooltip", "shape", "width", "height"));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(e.label()));
            m.put("penwidth", DefaultAttribute.createAttribute(round(Math.min(12.0, 1 + 2 * log2(Math.max(1, e.weight()))))));
            // dot reads weight as an integer layout hint: heavier edges are kept shorter and straighter.
            m.put("weight", DefaultAttribute.createAttribute((int) Math.max(1, Math.round(e.weight()))));
            m.put("tooltip", DefaultAttribute.createAttribute(e.label() + " (" + fmt(e.weight()) + ")"));
            m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            extra(e, edgeCols, m, Set.of("label", "penwidth", "weight", "tooltip"));
            return m;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ex.exportGraph(jgrapht(vg), w);
        w.flush();
    }

    private static String shape(ViewGraph.Element v) {
        Object type = v.attributes.get("type");
        if (type == null) {
            return "ellipse";
        }
        return switch (type.toString()) {
            case "person" -> "box";
            case "meeting" -> "diamond";
            case "topic" -> "note";
            default -> "ellipse";
        };
    }

    private static void extra(ViewGraph.Element el, Map<String, ViewGraph.Type> cols, Map<String, Attribute> m, Set<String> taken) {
        cols.forEach((k, t) -> {
            Object v = el.attributes.get(k);
            if (v != null && !taken.contains(k)) {
                m.put(k, attribute(v, t));
            }
        });
    }

    private static Map<String, Attribute> attributes(ViewGraph.Element el, Map<String, ViewGraph.Type> types) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        el.attributes.forEach((k, v) -> {
            ViewGraph.Type t = types.get(k);
            if (t != null) {
                m.put(k, attribute(v, t));
            }
        });
        return m;
    }

    static Attribute attribute(Object v, ViewGraph.Type t) {
        return switch (t) {
            case INTEGER -> v instanceof Number n ? DefaultAttribute.createAttribute(n.longValue()) : DefaultAttribute.createAttribute(v.toString());
            case DOUBLE -> v instanceof Number n ? DefaultAttribute.createAttribute(n.doubleValue()) : DefaultAttribute.createAttribute(v.toString());
            case BOOLEAN -> v instanceof Boolean b ? DefaultAttribute.createAttribute(b) : DefaultAttribute.createAttribute(v.toString());
            case STRING -> DefaultAttribute.createAttribute(v.toString());
        };
    }

    private static AttributeType jgraphtType(ViewGraph.Type t) {
        return switch (t) {
            case INTEGER -> AttributeType.LONG;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
            case STRING -> AttributeType.STRING;
        };
    }

    private static double log2(double d) {
        return Math.log(d) / Math.log(2);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
