package org.bilateralkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Whole-store backup and restore as gzipped N-Quads, streamed both ways (memory does not grow with
 * the store). A backup is written to a temporary file and moved into place, so a failed backup
 * never leaves a truncated file under the requested name.
 */
public final class Backup {
    private static final int RESTORE_BATCH = 200_000;

    private Backup() {
    }

    /** Writes every quad of every named graph; returns the number written. */
    public static long write(KgStore store, Path out) throws IOException {
        return write(out, os -> writeNQuads(store, os));
    }

    /**
     * Writes a backup file from {@code dump}, which streams N-Quads to the stream it is given and
     * returns how many (the local store, or a server's dataset): gzipped, under a temporary name
     * until complete.
     */
    public static long write(Path out, java.util.function.ToLongFunction<OutputStream> dump) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".partial");
        long n;
        try {
            try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                n = dump.applyAsLong(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return n;
    }

    /** Streams every quad of every named graph as N-Quads, in one read transaction; returns the count. */
    public static long writeNQuads(KgStore store, OutputStream os) {
        return Txn.calculateRead(store.dataset(), () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            long count = 0;
            var it = store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) {
                    w.quad(q);
                    count++;
                }
            }
            w.finish();
            return count;
        });
    }

    /**
     * Loads a backup into a store, in transactions of bounded size. Returns the number of quads read.
     * The store should be empty: quads already present are simply kept (RDF sets do not duplicate).
     */
    public static long restore(Path in, KgStore store) throws IOException {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        AtomicLong n = new AtomicLong();
        java.util.List<Quad> buffer = new java.util.ArrayList<>();
        try (InputStream is = open(in)) {
            StreamRDF sink = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    buffer.add(q);
                    n.incrementAndGet();
                    if (buffer.size() >= RESTORE_BATCH) {
                        flush(store, dsg, buffer);
                    }
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quad(Quad.create(Quad.defaultGraphIRI, t));
                }
            };
            RDFParser.source(is).lang(Lang.NQUADS).parse(sink);
            flush(store, dsg, buffer);
        }
        return n.get();
    }

    private static void flush(KgStore store, DatasetGraph dsg, java.util.List<Quad> buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        store.write(() -> buffer.forEach(dsg::add));
        buffer.clear();
    }

    /** Opens a backup for reading: gunzipped when it is gzip (by its first bytes, whatever its name). */
    public static InputStream open(Path in) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

}
