package org.bilateralkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.export.ExportException;
import org.bilateralkg.export.ExportRequest;
import org.bilateralkg.export.Exporter;
import org.bilateralkg.store.KgStore;
import org.bilateralkg.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a view of the graph for Gephi, Cytoscape, yEd, Graphviz, a statistics",
                "package or another triple store.",
                "",
                "Views (each defined by a query in queries/export-VIEW.rq, to read and adapt):",
                "  countries  one node per country, one edge per pair that met, committed to",
                "             or spoke with each other: meetings, commitments, statements,",
                "             first and last date, topics",
                "  actors     people, countries and meetings: person-meeting and",
                "             person-country edges",
                "  topics     countries and topics: edges with the stance (support, oppose,",
                "             mentioned), counts and dates",
                "  events     a flat event table (GDELT / Phoenix style): one row per",
                "             meeting, statement and commitment",
                "  full       the whole dataset, all named graphs",
                "",
                "Formats:",
                "  countries, actors, topics:",
                "    graphml    yEd, Cytoscape, Gephi (attribute keys declared with types)",
                "    gexf       GEXF 1.2, dynamic: Gephi's timeline plays the facts by date",
                "    dot        Graphviz (labels, edge width by weight)",
                "    cytoscape  Cytoscape.js JSON (.cyjs)",
                "    csv, tsv   Gephi's spreadsheet import: edges to --out, nodes beside it",
                "               as NAME-nodes.EXT",
                "  events: csv, tsv",
                "  full: trig, nquads, jsonld (context inline), ttl and rdfxml (both the",
                "    union of all graphs)",
                "",
                "Memory: nquads and trig stream the full dump, with memory that does not",
                "grow with the store. ttl streams the union, but merging the graphs may need",
                "memory; jsonld and rdfxml build the dump in memory (for a large store raise",
                "-Xmx through JAVA_OPTS). The graph views hold the view (countries and pairs,",
                "people and meetings) in memory, not the store; the events table is written",
                "row by row once the query has grouped and sorted it.",
                "",
                "An empty result still writes a valid file (an empty graph, a table with its",
                "header) and says so. Unknown views, formats, countries or topics, and a --from",
                "after --to, are usage errors (exit code 2)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Export through a running ./bkg serve (its /export) instead of opening the store, which the server holds.")
    String endpoint;

    @Option(names = "--view", required = true, paramLabel = "VIEW", description = "countries | actors | topics | events | full")
    String view;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml | gexf | dot | cytoscape | csv | tsv | trig | nquads | jsonld | ttl | rdfxml")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file ('-' for standard output, except csv/tsv of a graph view, which writes two files).")
    String out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only facts dated on or after this day (undated facts are then left out).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only facts dated on or before this day.")
    String to;

    @Option(names = "--country", paramLabel = "CC", description = "Only facts involving this country (ISO 3166-1 alpha-2; repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "NOTATION", description = "Only facts on this topic (a skos:notation such as asean-centrality; repeatable).")
    List<String> topics = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter msg = spec.commandLine().getOut();
        ExportRequest request;
        try {
            request = ExportRequest.of(view, format, from, to, countries, topics);
        } catch (ExportException e) {
            throw new UsageException(e.getMessage());
        }
        boolean twoFiles = request.view().isGraph() && request.format().isTable();
        boolean toStdout = out.equals("-");
        if (toStdout && twoFiles) {
            throw new UsageException(request.format().id() + " of the " + request.view().id()
                    + " view writes two files (edges and nodes): give --out FILE");
        }
        if ((db == null) == (endpoint == null)) {
            throw new UsageException("give --db DIR, or --endpoint URL to export through a running server");
        }
        if (endpoint != null) {
            return viaEndpoint(request, twoFiles, toStdout, msg);
        }
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            Exporter exporter = Exporter.of(store, common.home());
            try {
                exporter.check(request);
            } catch (ExportException e) {
                throw new UsageException(e.getMessage());
            }
            Exporter.Summary s;
            if (toStdout) {
                s = exporter.write(request, System.out);
                System.out.flush();
                // Standard output carries the data: the report goes to standard error.
                msg = spec.commandLine().getErr();
            } else {
                s = exporter.writeFiles(request, Path.of(out));
            }
            msg.println(s.describe());
            msg.flush();
            return ExitCodes.OK;
        }
    }

    /** Asks the server's /export for the same request and saves what it answers. */
    private int viaEndpoint(ExportRequest r, boolean twoFiles, boolean toStdout, PrintWriter msg) throws Exception {
        URI base;
        try {
            base = URI.create(endpoint.strip());
            if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint takes the server's http(s) URL, such as http://127.0.0.1:3030/, not '" + endpoint + "'");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Path> written = new ArrayList<>();
        for (String part : twoFiles ? List.of("edges", "nodes") : List.of("")) {
            URI uri = base.resolve("/export?" + query(r, part));
            HttpResponse<InputStream> resp;
            try {
                resp = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException e) {
                throw new StoreUnavailableException("cannot reach the server at " + base + " (is ./bkg serve running?)");
            }
            try (InputStream body = resp.body()) {
                if (resp.statusCode() == 400) {
                    String line = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("bad request");
                    throw new UsageException(line);
                }
                if (resp.statusCode() != 200) {
                    throw new StoreUnavailableException("the server at " + base + " answered " + resp.statusCode() + " for " + uri.getPath());
                }
                if (toStdout) {
                    body.transferTo(System.out);
                    System.out.flush();
                } else {
                    Path target = Path.of(out).toAbsolutePath();
                    if (part.equals("nodes")) {
                        target = Exporter.nodesFileFor(target);
                    }
                    Files.createDirectories(target.getParent());
                    Path tmp = Exporter.partFile(target);
                    try {
                        Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                    written.add(target);
                }
            }
        }
        (toStdout ? spec.commandLine().getErr() : msg).println("wrote the " + r.describe() + " as " + r.format().id()
                + (written.isEmpty() ? "" : " to " + String.join(" and ", written.stream().map(Path::toString).toList()))
                + " (from " + base + ")");
        return ExitCodes.OK;
    }

    private static String query(ExportRequest r, String part) {
        List<String> kv = new ArrayList<>();
        kv.add("view=" + enc(r.view().id()));
        kv.add("format=" + enc(r.format().id()));
        if (r.from() != null) {
            kv.add("from=" + r.from());
        }
        if (r.to() != null) {
            kv.add("to=" + r.to());
        }
        r.countries().forEach(c -> kv.add("country=" + enc(c)));
        r.topics().forEach(t -> kv.add("topic=" + enc(t)));
        if (!part.isEmpty()) {
            kv.add("part=" + part);
        }
        return String.join("&", kv);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
