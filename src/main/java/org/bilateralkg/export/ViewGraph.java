package org.bilateralkg.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A graph view as its query returned it: nodes and edges with typed attributes. Rows with element
 * "node" are nodes (id in {@code source}); rows with element "edge" are edges ({@code source},
 * {@code target}); every other column becomes an attribute typed by its values' RDF datatypes, so a
 * column a user adds to the query shows up in every format. Held in memory: its size is the view's
 * (countries and pairs, people and meetings), not the store's.
 */
final class ViewGraph {
    /** Columns that give the structure rather than attributes. */
    static final Set<String> STRUCTURE = Set.of("element", "source", "target");

    /** Attribute types, from the values' datatypes; mixed columns are strings. */
    enum Type { INTEGER, DOUBLE, BOOLEAN, STRING }

    /** A node or an edge. */
    static final class Element {
        final String id;
        final String source;
        final String target;
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final List<LocalDate> dates = new ArrayList<>();

        Element(String id, String source, String target) {
            this.id = id;
            this.source = source;
            this.target = target;
        }

        String label() {
            Object l = attributes.get("label");
            return l == null ? id : l.toString();
        }

        double weight() {
            Object w = attributes.get("weight");
            return w instanceof Number n ? n.doubleValue() : 1.0;
        }
    }

    final View view;
    final boolean directed;
    final Map<String, Element> nodes = new LinkedHashMap<>();
    final List<Element> edges = new ArrayList<>();
    /** Attribute columns of nodes and of edges, in the query's column order, with their types. */
    final Map<String, Type> nodeColumns = new LinkedHashMap<>();
    final Map<String, Type> edgeColumns = new LinkedHashMap<>();

    private ViewGraph(View view) {
        this.view = view;
        this.directed = view.directed();
    }

    static ViewGraph read(View view, RowSet rows) {
        ViewGraph g = new ViewGraph(view);
        List<Var> vars = rows.getResultVars();
        for (Var v : vars) {
            if (!STRUCTURE.contains(v.getVarName())) {
                // Reserve the query's column order; types are settled by the values.
                g.nodeColumns.put(v.getVarName(), null);
                g.edgeColumns.put(v.getVarName(), null);
            }
        }
        rows.forEachRemaining(b -> g.add(vars, b));
        g.nodeColumns.values().removeIf(t -> t == null);
        g.edgeColumns.values().removeIf(t -> t == null);
        for (Element e : g.edges) {
            // An edge whose end the query gave no row for still needs a node.
            g.nodes.computeIfAbsent(e.source, id -> new Element(id, null, null));
            g.nodes.computeIfAbsent(e.target, id -> new Element(id, null, null));
        }
        return g;
    }

    boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    /** Every day any node or edge is active, in order. */
    List<LocalDate> allDates() {
        java.util.TreeSet<LocalDate> all = new java.util.TreeSet<>();
        nodes.values().forEach(n -> all.addAll(n.dates));
        edges.forEach(e -> all.addAll(e.dates));
        return List.copyOf(all);
    }

    double maxNodeWeight() {
        return nodes.values().stream().mapToDouble(Element::weight).max().orElse(1.0);
    }

    double maxEdgeWeight() {
        return edges.stream().mapToDouble(Element::weight).max().orElse(1.0);
    }

    private void add(List<Var> vars, Binding b) {
        Node element = b.get("element");
        Node source = b.get("source");
        if (element == null || source == null) {
            return;
        }
        boolean isEdge = "edge".equals(text(element));
        Node target = b.get("target");
        if (isEdge && target == null) {
            return;
        }
        Element el;
        Map<String, Type> columns;
        if (isEdge) {
            el = new Element("e" + (edges.size() + 1), text(source), text(target));
            edges.add(el);
            columns = edgeColumns;
        } else {
            String id = text(source);
            if (nodes.containsKey(id)) {
                return;
            }
            el = new Element(id, null, null);
            nodes.put(id, el);
            columns = nodeColumns;
        }
        for (Var v : vars) {
            String name = v.getVarName();
            if (STRUCTURE.contains(name)) {
                continue;
            }
            Node n = b.get(v);
            if (n == null) {
                continue;
            }
            Object value = value(n);
            if (value == null) {
                continue;
            }
            el.attributes.put(name, value);
            Type t = type(value);
            columns.merge(name, t, (a, c) -> a == null || a == c ? c
                    : (a == Type.INTEGER && c == Type.DOUBLE) || (a == Type.DOUBLE && c == Type.INTEGER) ? Type.DOUBLE
                    : Type.STRING);
            if (columns.get(name) == null) {
                columns.put(name, t);
            }
        }
        Object dates = el.attributes.get("dates");
        if (dates != null) {
            for (String d : dates.toString().split("\\s+")) {
                try {
                    el.dates.add(LocalDate.parse(d));
                } catch (DateTimeParseException e) {
                    // not a full date: it places nothing in time
                }
            }
            Collections.sort(el.dates);
        }
    }

    /** A value as Java sees it: Long, Double, Boolean or String (IRIs as their text); null for "". */
    static Object value(Node n) {
        if (n.isLiteral()) {
            String lex = clean(n.getLiteralLexicalForm());
            if (lex.isEmpty()) {
                return null;
            }
            RDFDatatype dt = n.getLiteralDatatype();
            try {
                if (dt instanceof XSDDatatype x && isInteger(x)) {
                    return Long.parseLong(lex.strip());
                }
                if (dt == XSDDatatype.XSDdecimal || dt == XSDDatatype.XSDdouble || dt == XSDDatatype.XSDfloat) {
                    return Double.parseDouble(lex.strip());
                }
                if (dt == XSDDatatype.XSDboolean) {
                    return Boolean.parseBoolean(lex.strip());
                }
            } catch (NumberFormatException e) {
                return lex;
            }
            return lex;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    static Type type(Object value) {
        if (value instanceof Long) {
            return Type.INTEGER;
        }
        if (value instanceof Double) {
            return Type.DOUBLE;
        }
        if (value instanceof Boolean) {
            return Type.BOOLEAN;
        }
        return Type.STRING;
    }

    private static boolean isInteger(XSDDatatype x) {
        return x == XSDDatatype.XSDinteger || x == XSDDatatype.XSDint || x == XSDDatatype.XSDlong
                || x == XSDDatatype.XSDshort || x == XSDDatatype.XSDnonNegativeInteger || x == XSDDatatype.XSDpositiveInteger;
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** Drops characters XML 1.0 cannot carry (C0 controls other than tab, newline, return; unpaired surrogates). */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (ok && Character.isSurrogate(c)) {
                ok = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
