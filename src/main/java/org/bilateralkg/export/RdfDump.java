package org.bilateralkg.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.Namespaces;
import org.bilateralkg.rdf.Vocab;

/**
 * The full view: every named graph of the store, with Jena's writers.
 * <ul>
 * <li>N-Quads and TriG stream: quads go to the writer as the store's index yields them (TriG in
 * blocks, one per run of a graph), so memory does not grow with the store.</li>
 * <li>Turtle and RDF/XML hold the union of all graphs (triples only: these formats have no graphs);
 * Turtle is written in blocks as the union is read, RDF/XML with the plain writer. Merging graphs
 * into the union removes duplicate triples, which may take memory.</li>
 * <li>JSON-LD (1.1, named graphs as {@code @graph} objects, the prefixes as an inline
 * {@code @context}, never a remote one) is built in memory by the JSON-LD processor.</li>
 * </ul>
 * Must run inside a read transaction.
 */
final class RdfDump {
    private RdfDump() {
    }

    static Map<String, String> prefixes(Iris iris) {
        return Namespaces.forBase(iris.base());
    }

    /** Writes the dump; returns the number of quads (or, for the union formats, triples) written. */
    static long write(DatasetGraph dsg, ExportFormat format, Iris iris, OutputStream out) {
        Map<String, String> prefixes = prefixes(iris);
        return switch (format) {
            case NQUADS -> streamQuads(dsg, RDFFormat.NQUADS, Map.of(), out);
            case TRIG -> streamQuads(dsg, RDFFormat.TRIG_BLOCKS, prefixes, out);
            case TTL -> streamUnion(dsg, prefixes, out);
            case RDFXML -> rdfxml(dsg, prefixes, out);
            case JSONLD -> jsonld(dsg, prefixes, out);
            default -> throw new IllegalArgumentException(format.id() + " is not an RDF format");
        };
    }

    private static long streamQuads(DatasetGraph dsg, RDFFormat fmt, Map<String, String> prefixes, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt);
        w.start();
        prefixes.forEach(w::prefix);
        long n = 0;
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.isDefaultGraph()) {
                w.triple(q.asTriple());
            } else {
                w.quad(q);
            }
            n++;
        }
        w.finish();
        return n;
    }

    private static long streamUnion(DatasetGraph dsg, Map<String, String> prefixes, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        prefixes.forEach(w::prefix);
        long n = 0;
        Iterator<Triple> it = union(dsg).find();
        while (it.hasNext()) {
            w.triple(it.next());
            n++;
        }
        w.finish();
        return n;
    }

    private static long rdfxml(DatasetGraph dsg, Map<String, String> prefixes, OutputStream out) {
        PrefixMapping pm = new PrefixMappingImpl();
        // RDF/XML cannot name a namespace that ends inside a local name; keep the vocabularies only.
        prefixes.forEach((p, ns) -> {
            if (ns.endsWith("#") || ns.equals(Vocab.SCHEMA) || ns.equals(Vocab.SEM) || ns.equals(Vocab.FOAF) || ns.equals(Vocab.DCT)) {
                pm.setNsPrefix(p, ns);
            }
        });
        Graph union = union(dsg);
        Graph withPrefixes = new GraphWrapper(union) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return pm;
            }
        };
        RDFWriter.source(withPrefixes).format(RDFFormat.RDFXML_PLAIN).output(out);
        return union.size();
    }

    private static long jsonld(DatasetGraph dsg, Map<String, String> prefixes, OutputStream out) {
        // The JSON-LD processor works on a whole document: copy the dataset with the prefixes that
        // become its inline @context.
        DatasetGraph copy = DatasetGraphFactory.create();
        PrefixMap pm = PrefixMapFactory.create(prefixes);
        copy.prefixes().putAll(pm);
        long n = 0;
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            copy.add(it.next());
            n++;
        }
        RDFWriter.source(copy).format(RDFFormat.JSONLD11).output(out);
        return n;
    }

    /** The union of the named graphs (and of the default graph, which the store keeps empty). */
    private static Graph union(DatasetGraph dsg) {
        return dsg.getUnionGraph();
    }
}
