package org.bilateralkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** A thin helper over a Jena graph: typed literals written the way the SHACL shapes expect them. */
final class GraphBuilder {
    final Graph graph = GraphFactory.createDefaultGraph();

    void add(Node s, Node p, Node o) {
        if (s != null && p != null && o != null) {
            graph.add(Triple.create(s, p, o));
        }
    }

    void type(Node s, Node... classes) {
        for (Node c : classes) {
            add(s, RDF.type.asNode(), c);
        }
    }

    void string(Node s, Node p, String value) {
        if (value != null && !value.isEmpty()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void lang(Node s, Node p, String value, String lang) {
        if (value != null && !value.isEmpty()) {
            add(s, p, NodeFactory.createLiteralLang(value, lang));
        }
    }

    void typed(Node s, Node p, String lexical, XSDDatatype dt) {
        if (lexical != null) {
            add(s, p, NodeFactory.createLiteralDT(lexical, dt));
        }
    }

    void nonNegative(Node s, Node p, long v) {
        typed(s, p, Long.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    void integer(Node s, Node p, long v) {
        typed(s, p, Long.toString(v), XSDDatatype.XSDinteger);
    }

    /**
     * Two decimals, written in the canonical form ("0.8", "1.0", not "0.80"): TDB2 stores decimals
     * by value, so a non-canonical form comes back changed and pattern deletes (CLEAR, DELETE WHERE,
     * a Graph Store PUT) then miss it.
     */
    void decimal(Node s, Node p, double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        typed(s, p, (d.scale() < 1 ? d.setScale(1) : d).toPlainString(), XSDDatatype.XSDdecimal);
    }

    void bool(Node s, Node p, boolean v) {
        typed(s, p, Boolean.toString(v), XSDDatatype.XSDboolean);
    }
}
