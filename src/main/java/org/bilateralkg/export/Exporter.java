package org.bilateralkg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.bilateralkg.rdf.Iris;
import org.bilateralkg.rdf.Vocab;
import org.bilateralkg.store.KgStore;

/**
 * Exports a view of the store in a format: what {@code ./bkg export} runs, and what the server's
 * {@code /export?view=&format=} mounts (see {@link #prepare(ExportRequest)}).
 *
 * <p>The graph views and the events table are defined by the queries {@code queries/export-*.rq};
 * their parameters (from, to, country, topic) are bound by Jena's substitution as RDF terms, never
 * pasted into the query text. Every export runs in one read transaction, so it sees one state of
 * the store even while ingest writes.
 */
public final class Exporter {
    /** Rows a sort or distinct in the view queries may hold before Jena spills them to disk. */
    private static final long SPILL_THRESHOLD = 200_000L;

    private final Dataset dataset;
    private final Iris iris;
    private final Path queries;

    /**
     * @param dataset    the store's dataset (union default graph on)
     * @param iris       where entity IRIs are minted (for the prefixes of RDF dumps and for checking
     *                   countries and topics)
     * @param queriesDir the project's queries/ folder holding export-*.rq
     */
    public Exporter(Dataset dataset, Iris iris, Path queriesDir) {
        this.dataset = dataset;
        this.iris = iris;
        this.queries = queriesDir;
    }

    /** For a store opened by the caller; {@code home} is the project directory (holding queries/). */
    public static Exporter of(KgStore store, Path home) {
        return new Exporter(store.dataset(), store.iris(), home.resolve("queries"));
    }

    /** What an export wrote. */
    public record Summary(ExportRequest request, long nodes, long edges, long rows, long quads, List<Path> files) {
        /** Nothing matched: the file is valid but holds no data. */
        public boolean empty() {
            return switch (request.view()) {
                case EVENTS -> rows == 0;
                case FULL -> quads == 0;
                default -> nodes == 0 && edges == 0;
            };
        }

        /** One line for the user. */
        public String describe() {
            String what = switch (request.view()) {
                case EVENTS -> rows + (rows == 1 ? " event row" : " event rows");
                case FULL -> quads + (request.format() == ExportFormat.TTL || request.format() == ExportFormat.RDFXML
                        ? " triples (the union of all graphs)" : " quads");
                default -> nodes + (nodes == 1 ? " node, " : " nodes, ") + edges + (edges == 1 ? " edge" : " edges");
            };
            String where = files.isEmpty() ? "" : " to " + String.join(" and ", files.stream().map(Path::toString).toList());
            if (empty()) {
                return "nothing matched the " + request.describe() + ": wrote an empty " + request.format().id() + " file" + where;
            }
            return "wrote the " + request.describe() + " as " + request.format().id() + where + " (" + what + ")";
        }
    }

    /** An export ready to be sent over HTTP: its media type, a file name, and the body. */
    public interface Prepared {
        /** Content-Type, e.g. {@code application/gexf+xml}. */
        String contentType();

        /** For Content-Disposition, e.g. {@code bkg-countries.gexf}. */
        String fileName();

        /** Writes the body (in one read transaction); does not close {@code out}. */
        Summary writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks the request against the store (the countries and topics it names must exist) and
     * returns the export to send. For csv and tsv of a graph view the request's {@code part} says
     * which table (edges unless {@code part=nodes}).
     *
     * @throws ExportException for an unknown country or topic (answer 400 with its message)
     */
    public Prepared prepare(ExportRequest request) throws ExportException {
        check(request);
        return new Prepared() {
            @Override
            public String contentType() {
                return request.format().contentType();
            }

            @Override
            public String fileName() {
                return request.fileName();
            }

            @Override
            public Summary writeTo(OutputStream out) throws IOException {
                return write(request, out);
            }
        };
    }

    /** Every country and topic the request names must be in the store's reference data. */
    public void check(ExportRequest request) throws ExportException {
        DatasetGraph dsg = dataset.asDatasetGraph();
        String missing = Txn.calculateRead(dataset, () -> {
            for (String c : request.countries()) {
                if (!dsg.contains(Node.ANY, iris.country(c), Vocab.isoCode, NodeFactory.createLiteralString(c))) {
                    return "unknown country '" + c + "': no country with that ISO 3166-1 alpha-2 code in the reference data";
                }
            }
            for (String t : request.topics()) {
                if (!dsg.contains(Node.ANY, iris.topic(t), SKOS.notation.asNode(), NodeFactory.createLiteralString(t))) {
                    return "unknown topic '" + t + "': no topic concept with that skos:notation (see ontology/topics.ttl)";
                }
            }
            return null;
        });
        if (missing != null) {
            throw new ExportException(missing);
        }
    }

    /** Writes one stream: for csv and tsv of a graph view, the table the request's part names. */
    public Summary write(ExportRequest request, OutputStream out) throws IOException {
        try {
            return Txn.calculateRead(dataset, () -> {
                try {
                    return writeInTxn(request, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the export to {@code out} (for csv and tsv of a graph view: the edges there, the nodes
     * beside it with {@code -nodes} before the extension). Each file is written under a temporary
     * name and moved into place when complete, so a failed export leaves no half file.
     */
    public Summary writeFiles(ExportRequest request, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        if (request.view().isGraph() && request.format().isTable()) {
            Path nodesFile = nodesFileFor(target);
            return Txn.calculateRead(dataset, () -> {
                try {
                    ViewGraph vg = graph(request);
                    atomically(target, o -> TableWriter.edges(vg, request.format(), o));
                    atomically(nodesFile, o -> TableWriter.nodes(vg, request.format(), o));
                    return new Summary(request, vg.nodes.size(), vg.edges.size(), 0, 0, List.of(target, nodesFile));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Summary[] s = new Summary[1];
        atomically(target, o -> s[0] = write(request, o));
        Summary r = s[0];
        return new Summary(r.request(), r.nodes(), r.edges(), r.rows(), r.quads(), List.of(target));
    }

    /** {@code net.csv} -> {@code net-nodes.csv}; {@code net} -> {@code net-nodes}. */
    public static Path nodesFileFor(Path edges) {
        String name = edges.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String nodes = dot > 0 ? name.substring(0, dot) + "-nodes" + name.substring(dot) : name + "-nodes";
        return edges.resolveSibling(nodes);
    }

    private Summary writeInTxn(ExportRequest request, OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(new NonClosing(raw), 1 << 16);
        Summary s;
        View view = request.view();
        if (view == View.FULL) {
            long n = RdfDump.write(dataset.asDatasetGraph(), request.format(), iris, out);
            s = new Summary(request, 0, 0, 0, n, List.of());
        } else if (view == View.EVENTS) {
            try (QueryExec qe = exec(request)) {
                long n = TableWriter.rows(qe.select(), request.format(), out);
                s = new Summary(request, 0, 0, n, 0, List.of());
            }
        } else {
            ViewGraph vg = graph(request);
            switch (request.format()) {
                case GRAPHML -> GraphWriters.graphml(vg, out);
                case GEXF -> GexfWriter.write(vg, "Bilateral KG: " + request.describe(), out);
                case DOT -> GraphWriters.dot(vg, out);
                case CYTOSCAPE -> CytoscapeWriter.write(vg, request, out);
                case CSV, TSV -> {
                    if (request.part() == ExportRequest.Part.NODES) {
                        TableWriter.nodes(vg, request.format(), out);
                    } else {
                        TableWriter.edges(vg, request.format(), out);
                    }
                }
                default -> throw new IllegalStateException(request.format() + " for " + view);
            }
            s = new Summary(request, vg.nodes.size(), vg.edges.size(), 0, 0, List.of());
        }
        out.flush();
        return s;
    }

    private ViewGraph graph(ExportRequest request) {
        if (request.view() == View.COUNTRIES && CountriesTally.mirrors(query(View.COUNTRIES))) {
            return ViewGraph.read(request.view(), new CountriesTally(dataset.asDatasetGraph()).rows(request));
        }
        return graphByQuery(request);
    }

    /** The view's graph as its query in queries/ computes it (in a read transaction). */
    ViewGraph graphByQuery(ExportRequest request) {
        try (QueryExec qe = exec(request)) {
            RowSet rows = qe.select();
            return ViewGraph.read(request.view(), rows);
        }
    }

    /** The view's query with the request's filters bound by substitution. */
    private QueryExec exec(ExportRequest request) {
        QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query(request.view()));
        if (request.from() != null) {
            b.substitution("from", NodeFactory.createLiteralString(request.from().toString()));
        }
        if (request.to() != null) {
            b.substitution("to", NodeFactory.createLiteralString(request.to().toString()));
        }
        if (!request.countries().isEmpty()) {
            b.substitution("country", NodeFactory.createLiteralString(String.join(" ", request.countries())));
        }
        if (!request.topics().isEmpty()) {
            b.substitution("topic", NodeFactory.createLiteralString(String.join(" ", request.topics())));
        }
        b.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        return b.build();
    }

    private Query query(View view) {
        Path file = queries.resolve(view.queryName() + ".rq");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query of the " + view.id() + " view (" + file + ")", e);
        }
        return QueryFactory.create(text);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void atomically(Path target, Body body) throws IOException {
        Path tmp = partFile(target);
        // Gone also when the process is stopped (SIGTERM, Ctrl-C) mid-write.
        tmp.toFile().deleteOnExit();
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                body.write(o);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A hidden sibling to write into before the move: {@code .NAME.<random>.part}. */
    public static Path partFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
    }

    /** Writers may close what they are given; the caller's stream stays open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
