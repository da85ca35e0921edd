package org.bilateralkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/**
 * Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}},
 * as cy.add() and Cytoscape desktop (File > Import > Network from File, .cyjs) read it. Every
 * attribute is a data field, numbers as JSON numbers; {@code dates} and {@code topics} stay
 * space-separated strings. Written with Gson's streaming writer.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() {
    }

    static void write(ViewGraph vg, ExportRequest request, OutputStream out) throws IOException {
        JsonWriter j = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        j.setIndent(" ");
        j.beginObject();
        j.name("format_version").value("1.0");
        j.name("generated_by").value("Bilateral KG");
        j.name("target_cytoscapejs_version").value("~3.33");
        j.name("data").beginObject();
        j.name("name").value("Bilateral KG: " + request.describe());
        j.name("view").value(vg.view.id());
        j.name("directed").value(vg.directed);
        if (request.from() != null) {
            j.name("from").value(request.from().toString());
        }
        if (request.to() != null) {
            j.name("to").value(request.to().toString());
        }
        j.endObject();
        j.name("elements").beginObject();
        j.name("nodes").beginArray();
        for (ViewGraph.Element n : vg.nodes.values()) {
            j.beginObject().name("data").beginObject();
            j.name("id").value(n.id);
            j.name("label").value(n.label());
            fields(j, n, vg.nodeColumns);
            j.endObject().endObject();
        }
        j.endArray();
        j.name("edges").beginArray();
        for (ViewGraph.Element e : vg.edges) {
            j.beginObject().name("data").beginObject();
            j.name("id").value(e.id);
            j.name("source").value(e.source);
            j.name("target").value(e.target);
            j.name("label").value(e.label());
            if (!e.attributes.containsKey("weight")) {
                j.name("weight").value(1);
            }
            fields(j, e, vg.edgeColumns);
            j.endObject().endObject();
        }
        j.endArray();
        j.endObject();
        j.endObject();
        j.flush();
    }

    private static void fields(JsonWriter j, ViewGraph.Element el, Map<String, ViewGraph.Type> columns) throws IOException {
        for (Map.Entry<String, ViewGraph.Type> c : columns.entrySet()) {
            String k = c.getKey();
            if (k.equals("label") || k.equals("id") || k.equals("source") || k.equals("target")) {
                continue;
            }
            Object v = el.attributes.get(k);
            if (v == null) {
                continue;
            }
            j.name(k);
            if (v instanceof Long l && c.getValue() == ViewGraph.Type.INTEGER) {
                j.value(l);
            } else if (v instanceof Number num && (c.getValue() == ViewGraph.Type.DOUBLE || c.getValue() == ViewGraph.Type.INTEGER)) {
                j.value(num.doubleValue());
            } else if (v instanceof Boolean b && c.getValue() == ViewGraph.Type.BOOLEAN) {
                j.value(b);
            } else {
                j.value(v.toString());
            }
        }
    }
}
