package org.bilateralkg.server;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.bilateralkg.store.KgStore;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The SPARQL server and linked-data browser: embedded Fuseki over the TDB2 store.
 * <ul>
 * <li>Dataset {@code /kg}: SPARQL query at {@code /kg/query}, {@code /kg/sparql} and {@code /kg}
 * (GET and POST, every standard result format), Graph Store Protocol read at {@code /kg/get} and
 * {@code /kg/data}. The default graph is the union of all graphs (set on the store's context);
 * named graphs stay addressable with GRAPH and {@code ?graph=}.</li>
 * <li>Writes exist only with a password file: then {@code /kg/update} (SPARQL Update),
 * {@code /kg/data} (Graph Store Protocol read-write, whole-dataset GET and PUT included) and
 * {@code /kg/compact} (online compaction) demand HTTP Basic authentication, checked by
 * {@link CredentialsFilter}: wrong credentials are logged and, repeated, answered 429.</li>
 * <li>Query timeout, request size cap, CORS for reads, no administration.</li>
 * <li>Linked data: entity IRIs at their own path, HTML pages, data documents, VoID, search; the
 * Fuseki query UI read-only at {@code /ui/}.</li>
 * </ul>
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;
    private final ServerConfig config;
    private final String host;
    /** The writers of --update-users, or null on a read-only server. */
    private final PropertyUserStore users;

    private KgServer(FusekiServer fuseki, ServerConfig config, String host, PropertyUserStore users) {
        this.fuseki = fuseki;
        this.config = config;
        this.host = host;
        this.users = users;
    }

    /** Thrown when the server cannot start (port taken, bad password file): one line for the user. */
    public static final class StartException extends Exception {
        public StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static KgServer start(KgStore store, ServerConfig config) throws StartException {
        PropertyUserStore users = null;
        if (config.updateUsers() != null) {
            checkPasswordFile(config);
            users = loadUsers(config);
        }
        Fuseki.outputJettyServerHeader = false;
        Fuseki.outputFusekiServerHeader = false;
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Site site = new Site(store.iris());
        Web web = new Web(dsg, site, config);

        // The time limit applies to every SPARQL query endpoint (an upper bound for ?timeout=).
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        DataService.Builder data = DataService.newBuilder(dsg);
        for (String name : List.of("sparql", "query", "")) {
            data.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits).build());
        }
        data.addEndpoint(Operation.GSP_R, "");
        data.addEndpoint(Operation.GSP_R, "get");
        if (config.updateUsers() != null) {
            data.addEndpoint(Operation.Update, "update", Auth.ANY_USER);
            data.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            data.addEndpoint(CompactService.OPERATION, "compact", Auth.ANY_USER);
        } else {
            data.addEndpoint(Operation.GSP_R, "data");
        }

        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port());
        if (users != null) {
            b.registerOperation(CompactService.OPERATION, new CompactService());
        }
        b.add(DATASET, data)
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new CorsFilter());
        if (users != null) {
            // Authentication is this server's own filter, which hands Fuseki the verified user; Fuseki
            // then only authorizes, per endpoint (Auth.ANY_USER). It runs before the guard, which gives
            // authenticated writers their larger body cap.
            b.addFilter("/*", new CredentialsFilter(users, LoginGuard.standard()));
        }
        b.addFilter("/*", new GuardFilter(config.maxRequestBytes(), config.maxUpdateBytes(), config.updateUsers() == null))
                .addFilter(DATASET + "/*", new ServiceDescriptionFilter())
                .addFilter("/ui/*", new UiFilter())
                .addFilter("/ui", new UiFilter())
                .addServlet("/$/server", new ServerInfoServlet())
                .addServlet("/$/datasets", new ServerInfoServlet())
                .addServlet("/$/datasets/*", new ServerInfoServlet())
                .addServlet(site.idPath() + "*", new LinkedDataServlet(web))
                .addServlet("/data/*", new DataServlet(web))
                .addServlet("/data", new DataServlet(web))
                .addServlet("/.well-known/void", new VoidServlet(web))
                .addServlet("/static/*", new StaticServlet(web))
                .addServlet("/queries/*", new StaticServlet(web));
        ExportServlet exports = new ExportServlet(web, store.iris());
        for (String path : List.of("/export", "/network", "/network/*", "/webjars/*")) {
            b.addServlet(path, exports);
        }
        PageServlet pages = new PageServlet(web);
        for (String path : List.of("", "/page/*", "/resource", "/search", "/pair/*")) {
            b.addServlet(path, pages);
        }
        FusekiServer server;
        try {
            server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(config.host());
                }
            }
            server.start();
        } catch (FusekiException | IllegalStateException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BindException)) {
                cause = cause.getCause();
            }
            if (cause instanceof BindException) {
                throw new StartException("cannot listen on " + config.host() + ":" + config.port() + " ("
                        + cause.getMessage() + "); is another server running? Choose another port with --port", e);
            }
            throw new StartException("cannot start the server: " + e.getMessage(), e);
        }
        return new KgServer(server, config, config.host(), users);
    }

    /** The password file as Jetty reads realm files (plain, OBF:, MD5:, CRYPT: passwords); read once, at start. */
    private static PropertyUserStore loadUsers(ServerConfig config) throws StartException {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(config.updateUsers().toAbsolutePath()));
        try {
            users.start();
        } catch (Exception e) {
            throw new StartException("--update-users: cannot read " + config.updateUsers() + ": " + e.getMessage(), e);
        }
        return users;
    }

    private static void checkPasswordFile(ServerConfig config) throws StartException {
        var file = config.updateUsers();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new StartException("--update-users: no readable password file at " + file, null);
        }
        try (var in = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(in);
            if (p.isEmpty()) {
                throw new StartException("--update-users: " + file + " names no user (one 'user: password' per line)", null);
            }
        } catch (IOException e) {
            throw new StartException("--update-users: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address clients use: http://host:port (localhost names for wildcard binds). */
    public String url() {
        String h = host;
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            h = "localhost";
        } else if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port();
    }

    /** Where everything is, one line each, for the start-up message. */
    public List<String> describe() {
        String u = url();
        List<String> lines = new ArrayList<>();
        lines.add("Bilateral KG is served at " + u + "/"
                + (host.equals("0.0.0.0") || host.equals("::") ? "  (listening on all interfaces)" : ""));
        lines.add("  browse:        " + u + "/   (search, countries, people, meetings, topics, articles)");
        lines.add("  SPARQL:        " + u + DATASET + "/sparql  and  " + u + DATASET + "/query  (GET and POST; JSON, XML, CSV, TSV)");
        lines.add("  query UI:      " + u + "/ui/#/dataset/kg/query");
        lines.add("  graphs (GSP):  " + u + DATASET + "/get?graph=IRI  (read)");
        lines.add("  entities:      " + u + "/id/...  (HTML or RDF by Accept: Turtle, JSON-LD, RDF/XML, N-Triples, TriG)");
        lines.add("  VoID:          " + u + "/.well-known/void");
        if (config.updateUsers() != null) {
            lines.add("  updates:       " + u + DATASET + "/update  and  " + u + DATASET + "/data  (HTTP Basic auth, users in "
                    + config.updateUsers() + ")");
            lines.add("  compaction:    POST " + u + DATASET + "/compact  (HTTP Basic auth); wrong credentials are logged, "
                    + LoginGuard.MAX_FAILURES + " a minute from one address get 429");
        } else {
            lines.add("  updates:       off (start with --update-users FILE to enable " + DATASET + "/update with HTTP auth)");
        }
        lines.add("  limits:        queries stop after " + config.queryTimeout().toSeconds() + " s; request bodies up to "
                + config.maxRequestBytes() / 1024 + " KiB");
        return lines;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            if (users != null) {
                try {
                    users.stop();
                } catch (Exception e) {
                    // stopping anyway
                }
            }
        }
    }
}
