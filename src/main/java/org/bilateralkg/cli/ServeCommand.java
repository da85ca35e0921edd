package org.bilateralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.bilateralkg.server.KgServer;
import org.bilateralkg.server.ServerConfig;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: a SPARQL endpoint (embedded Fuseki, dataset /kg) and linked-data pages.",
                "Binds to 127.0.0.1 unless told otherwise; read-only unless --update-users is given. Ctrl-C stops."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ServerOptions server;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    /** The options of the server, shared by {@code serve} and {@code up}. */
    public static final class ServerOptions {
        @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
                description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String host;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
                description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "SPARQL queries running longer are cancelled (default: ${DEFAULT-VALUE}).")
        double timeout;

        @Option(names = "--update-users", paramLabel = "FILE",
                description = {"Password file ('user: password' per line, Jetty realm format) of who may write.",
                        "Without it there is no update endpoint at all; with it /kg/update and /kg/data demand HTTP Basic auth."})
        Path updateUsers;

        @Option(names = "--max-request", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
                description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
        long maxRequest;

        @Option(names = "--max-update", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_UPDATE_BYTES,
                description = {"Largest request body an authenticated writer may send: batches of",
                        "ingest --endpoint, restore --endpoint (default: ${DEFAULT-VALUE})."})
        long maxUpdate;

        @Option(names = "--licence", paramLabel = "IRI", defaultValue = ServerConfig.DEFAULT_LICENCE,
                description = "Licence of the extracted data, stated in the VoID description (default: ${DEFAULT-VALUE}).")
        String licence;

        ServerConfig config(Path queries) throws UsageException {
            if (port < 0 || port > 65535) {
                throw new UsageException("--port must be between 0 and 65535, not " + port);
            }
            if (!(timeout > 0) || timeout > 86400) {
                throw new UsageException("--timeout must be a number of seconds above 0, not " + timeout);
            }
            if (maxRequest <= 0) {
                throw new UsageException("--max-request must be a positive number of bytes");
            }
            if (maxUpdate <= 0) {
                throw new UsageException("--max-update must be a positive number of bytes");
            }
            if (!licence.startsWith("http://") && !licence.startsWith("https://")) {
                throw new UsageException("--licence takes an http(s) IRI, not '" + licence + "'");
            }
            return new ServerConfig(host, port, Duration.ofMillis(Math.round(timeout * 1000)), updateUsers, maxRequest,
                    licence, queries, maxUpdate);
        }
    }

    @Override
    public Integer call() throws Exception {
        ServerConfig config = server.config(common.home().resolve("queries"));
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            return serve(store, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Starts the server over an open store, says where everything is, and blocks until stopped. */
    static int serve(KgStore store, ServerConfig config, PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        KgServer server;
        try {
            server = KgServer.start(store, config);
        } catch (KgServer.StartException e) {
            err.println("bkg: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (RuntimeException e) {
                // stopping anyway
            }
        }, "bkg-serve-stop"));
        server.describe().forEach(out::println);
        out.println("  store:         " + store.dir().toAbsolutePath() + "   (started in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms; Ctrl-C stops)");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
