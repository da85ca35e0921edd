package org.bilateralkg.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpLib;
import org.apache.jena.http.HttpRDF;
import org.apache.jena.http.Push;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.UpdateDataWriter;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.update.UpdateRequest;
import org.bilateralkg.store.Backup;

/**
 * The SPARQL protocol client for one server, built on Jena's HTTP classes: queries, updates, the
 * whole dataset as N-Quads both ways, compaction. Every failure becomes a {@link RemoteException}
 * with one line saying what happened and what to do.
 */
public final class KgClient {
    private final Server server;
    private final Credentials credentials;
    private final HttpClient http;

    /** {@code credentials} may be null for reading. */
    public KgClient(Server server, Credentials credentials) {
        this.server = server;
        this.credentials = credentials;
        // HTTP/1.1: no upgrade dance in front of large request bodies. No redirects: credentials go
        // to the URL the user gave and nowhere else.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Server server() {
        return server;
    }

    /** Runs a query on the server and hands the open execution to {@code use}. */
    public <T> T query(Query query, Map<String, Node> params, Function<QueryExec, T> use) {
        return call("the query", () -> {
            QueryExecHTTPBuilder b = QueryExecHTTP.service(server.query()).httpClient(http).query(query);
            params.forEach(b::substitution);
            try (QueryExec qe = b.build()) {
                return use.apply(qe);
            }
        });
    }

    public <T> T select(Query query, Function<RowSet, T> use) {
        return query(query, Map.of(), qe -> use.apply(qe.select()));
    }

    public boolean ask(Query query) {
        return query(query, Map.of(), QueryExec::ask);
    }

    /** Sends one SPARQL Update request: the server runs it in one transaction, all of it or none. */
    public void update(UpdateRequest request, String what) {
        String text = request.toString();
        call(what + " (" + text.length() / 1024 + " KiB of SPARQL Update)", () -> {
            UpdateExecHTTP.service(server.update()).httpClient(http).httpHeader("Authorization", writer().header())
                    .updateString(text).build().execute();
            return null;
        });
    }

    /** Fails now, before any work, when the server takes no updates or not these credentials. */
    public void checkCredentials() {
        call("checking the credentials of user '" + writer().user() + "'", () -> {
            // An empty update request: parsed, authorized, changes nothing.
            UpdateExecHTTP.service(server.update()).httpClient(http).httpHeader("Authorization", writer().header())
                    .updateString("# bkg: credentials check\n").build().execute();
            return null;
        });
    }

    /** Streams every quad of every named graph to {@code out} as N-Quads, in one read transaction on the server. */
    public long dumpDataset(OutputStream out) {
        AtomicLong n = new AtomicLong();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        StreamRDF named = new StreamRDFWrapper(writer) {
            @Override
            public void quad(Quad q) {
                if (!q.isDefaultGraph()) {
                    n.incrementAndGet();
                    super.quad(q);
                }
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                // the default graph holds nothing of ours (SPARQL sees the union of the named graphs)
            }
        };
        call("reading the dataset", () -> {
            HttpRDF.httpGetToStream(http, server.read(), Map.of("Accept", "application/n-quads"), named);
            return null;
        });
        return n.get();
    }

    /**
     * Replaces everything the server holds by the N-Quads of {@code file} (gzipped or not) in one
     * SPARQL Update request, {@code DROP ALL ; INSERT DATA { ... }}, which the server runs in one
     * transaction: a file that breaks off or does not parse leaves the old content. The request is
     * streamed from the file (Jena's INSERT DATA writer, gzipped), never held in memory.
     * <p>
     * Not the Graph Store Protocol's dataset PUT: it empties the dataset with a pattern delete, which
     * in TDB2 5.6 leaves quads whose object is a decimal written with trailing zeros ("0.80", as
     * confidences are), so the restored store would hold them twice. DROP ALL removes them.
     */
    public void replaceDataset(Path file) throws IOException {
        PipedInputStream body = new PipedInputStream(1 << 16);
        PipedOutputStream sink = new PipedOutputStream(body);
        AtomicReference<Throwable> unreadable = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream gz = new GZIPOutputStream(sink, 1 << 16)) {
                IndentedWriter out = new IndentedWriter(gz);
                try (InputStream in = Backup.open(file)) {
                    out.println("DROP ALL ;");
                    UpdateDataWriter insert = new UpdateDataWriter(UpdateDataWriter.UpdateMode.INSERT, out, new SerializationContext());
                    insert.open();
                    RDFParser.source(new ReadFailures(in, unreadable)).lang(Lang.NQUADS)
                            .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(new StreamRDFBase() {
                                @Override
                                public void quad(Quad q) {
                                    insert.send(q);
                                }
                            });
                    insert.close();
                } catch (IOException e) {
                    unreadable.compareAndSet(null, e); // the file cannot be opened
                } catch (RuntimeException e) {
                    if (!(e instanceof RiotException) && unreadable.get() == null) {
                        throw e; // not the file's fault: writing to the server failed
                    }
                    unreadable.compareAndSet(null, e); // the file does not parse, or broke off
                }
                if (unreadable.get() != null) {
                    // At most two braces are open: a third can never parse, so the server fails the whole
                    // request, its DROP ALL with it, wherever the file broke off.
                    out.println();
                    out.println("} } } # the backup broke off here: this request must not parse");
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                // Writing failed: the server stopped reading, and its answer says why.
            }
        }, "bkg-restore-body");
        writer.setDaemon(true);
        writer.start();
        Map<String, String> headers = Map.of("Authorization", writer().header(), "Content-Type", "application/sparql-update",
                "Content-Encoding", "gzip"); // Fuseki decompresses request bodies
        RemoteException failed = null;
        try {
            call("replacing the dataset with " + file, () -> {
                HttpLib.httpPushData(http, Push.POST, server.update(), HttpLib.setHeaders(headers),
                        BodyPublishers.ofInputStream(() -> body));
                return null;
            });
        } catch (RemoteException e) {
            failed = e;
        }
        try {
            writer.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Throwable bad = unreadable.get();
        if (bad != null) {
            throw new RemoteException(RemoteException.Kind.FAILED, failed != null ? failed.status() : -1, file
                    + " is not a whole N-Quads backup (" + (bad.getMessage() != null ? bad.getMessage() : bad.getClass().getSimpleName())
                    + "); the server at " + server + " keeps what it had", bad);
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** The backup as read, remembering a read failure (a truncated gzip, a disk error): the file's fault, not the server's. */
    private static final class ReadFailures extends java.io.FilterInputStream {
        private final AtomicReference<Throwable> failure;

        ReadFailures(InputStream in, AtomicReference<Throwable> failure) {
            super(in);
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure.compareAndSet(null, e);
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
                throw e;
            }
        }
    }

    public void compact() {
        call("compacting", () -> {
            HttpLib.httpPushData(http, Push.POST, server.compact(), HttpLib.setHeaders(Map.of("Authorization", writer().header())),
                    BodyPublishers.noBody());
            return null;
        });
    }

    private Credentials writer() {
        if (credentials == null) {
            throw new IllegalStateException("writing needs credentials");
        }
        return credentials;
    }

    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException e) {
            throw translate(e.getStatusCode(), e.getResponse(), e, what);
        } catch (QueryExceptionHTTP e) {
            throw translate(e.getStatusCode(), e.getResponse(), e, what);
        } catch (org.apache.jena.atlas.RuntimeIOException | org.apache.jena.riot.RiotException e) {
            // the answer broke off (or was not what was asked for) while it was being read
            throw translate(-1, null, e, what);
        }
    }

    /** One line per failure: what was asked, what the server said, what to do about it. */
    private RemoteException translate(int status, String body, RuntimeException e, String what) {
        String at = "the server at " + server;
        String said = firstLine(body);
        if (status <= 0) {
            Throwable root = rootCause(e);
            if (causedBy(e, ConnectException.class) || causedBy(e, UnresolvedAddressException.class)
                    || causedBy(e, HttpConnectTimeoutException.class) || causedBy(e, java.net.UnknownHostException.class)) {
                return new RemoteException(RemoteException.Kind.UNAVAILABLE, -1, "cannot reach " + at
                        + " (is ./bkg serve running there?)", e);
            }
            return new RemoteException(RemoteException.Kind.UNAVAILABLE, -1, "the connection to " + at + " failed while "
                    + what + ": " + (root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName()), e);
        }
        RemoteException.Kind refused = RemoteException.Kind.UNAVAILABLE;
        return switch (status) {
            case 401 -> new RemoteException(refused, status, credentials == null
                    ? at + " asks for credentials (401): give --user NAME, with the password in " + Credentials.ENV + " or --password-file"
                    : at + " did not accept the credentials of user '" + credentials.user() + "' (401)", e);
            case 403 -> new RemoteException(refused, status, at + " refused " + what + " (403" + (said.isEmpty() ? "" : ": " + said) + ")", e);
            case 404 -> new RemoteException(refused, status, at + " has no endpoint for " + what
                    + " (404): is it a ./bkg serve started with --update-users FILE?", e);
            case 413 -> new RemoteException(RemoteException.Kind.FAILED, status, at + " refused " + what
                    + " as too large (413" + (said.isEmpty() ? "" : ": " + said) + "); start it with a larger --max-update", e);
            case 429 -> new RemoteException(refused, status, at + " refuses this address for now after repeated wrong credentials (429"
                    + (said.isEmpty() ? "" : ": " + said) + ")", e);
            default -> new RemoteException(RemoteException.Kind.FAILED, status, at + " answered " + status + " to " + what
                    + (said.isEmpty() ? "" : ": " + said), e);
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
