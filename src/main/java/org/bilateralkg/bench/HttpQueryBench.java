package org.bilateralkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.bilateralkg.query.QueryRunner;
import org.bilateralkg.server.KgServer;
import org.bilateralkg.server.ServerConfig;
import org.bilateralkg.store.KgStore;

/**
 * Step 4 of the benchmark: the pages and the canned queries that researchers run for one country
 * pair, one person and one topic, over HTTP against the server (one client, requests in sequence,
 * each with other parameters drawn from the store), reported as latency percentiles.
 */
final class HttpQueryBench {

    /** What one kind of request is: a name and the request path for a parameter value. */
    private record Probe(String name, List<String> values, Function<String, String> path) {
    }

    private static final long MAX_NANOS_PER_KIND = 60_000_000_000L;

    private final KgStore store;
    private final Path queries;
    private final int timed;
    private final int warmUp;

    HttpQueryBench(KgStore store, Path queries, int timed) {
        this.store = store;
        this.queries = queries;
        this.timed = timed;
        this.warmUp = Math.max(1, timed / 10);
    }

    List<Measurement> run(java.io.PrintStream log) throws Exception {
        List<String> pairs = column("""
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT ?v (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  ?m bkg:report ?r ; bkg:participantCountry ?x, ?y . ?x bkg:isoCode ?a . ?y bkg:isoCode ?b FILTER(?a < ?b)
                  BIND(CONCAT(?a, " ", ?b) AS ?v)
                } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 50""");
        List<String> people = column("""
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                SELECT ?v (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a bkg:Statement ; bkg:speaker ?v } ?v a bkg:Person }
                GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 50""");
        List<String> topics = column("""
                PREFIX bkg: <https://bilateral-kg.org/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?v (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a bkg:Commitment ; bkg:topic ?t } ?t skos:notation ?v }
                GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 50""");
        String base = store.iris().base();
        List<Probe> probes = List.of(
                new Probe("country pair page /pair/A/B", pairs, v -> "/pair/" + v.replace(' ', '/')),
                new Probe("pair-timeline.rq (a, b)", pairs, v -> sparql("pair-timeline", Map.of("a", v.split(" ")[0], "b", v.split(" ")[1]))),
                new Probe("person page /page/person/...", people, v -> "/page/" + v.substring(base.length() + "id/".length())),
                new Probe("person-timeline.rq (person)", people, v -> sparql("person-timeline", Map.of("person", v))),
                new Probe("topic page /page/topic/...", topics, v -> "/page/topic/" + v),
                new Probe("topic-commitments.rq (topic)", topics, v -> sparql("topic-commitments", Map.of("topic", v))));
        List<Measurement> out = new ArrayList<>();
        ServerConfig config = ServerConfig.defaults().withPort(0).withCannedQueries(queries);
        try (KgServer server = KgServer.start(store, config)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (Probe p : probes) {
                if (p.values.isEmpty()) {
                    log.println("bench: no data for " + p.name + " (skipped)");
                    continue;
                }
                log.println("bench: HTTP " + p.name);
                MemoryWatch.reset();
                for (int i = 0; i < warmUp; i++) {
                    get(http, server.url(), p.path.apply(p.values.get(i % p.values.size())));
                }
                double[] all = new double[timed];
                long t0 = System.nanoTime();
                int n = 0;
                // At most a minute per kind (but at least 20 requests): at 100,000 articles a topic's
                // full list takes seconds a request, and the run must end.
                while (n < timed && (n < Math.min(20, timed) || System.nanoTime() - t0 < MAX_NANOS_PER_KIND)) {
                    long s = System.nanoTime();
                    get(http, server.url(), p.path.apply(p.values.get(n % p.values.size())));
                    all[n++] = (System.nanoTime() - s) / 1e6;
                }
                double total = (System.nanoTime() - t0) / 1e9;
                double[] ms = Arrays.copyOf(all, n);
                Arrays.sort(ms);
                double p50 = percentile(ms, 0.50);
                double p95 = percentile(ms, 0.95);
                out.add(new Measurement("HTTP " + p.name, total, n, "requests", n / total,
                        MemoryWatch.peakHeapMiB(), MemoryWatch.peakRssMiB(),
                        String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d values)", p50, p95, p.values.size()),
                        p50, p95));
            }
        }
        return out;
    }

    /** The canned query with its parameters bound, as a GET of the SPARQL endpoint. */
    private String sparql(String name, Map<String, String> params) {
        try {
            Query q = QueryFactory.create(Files.readString(queries.resolve(name + ".rq"), StandardCharsets.UTF_8));
            Map<Var, Node> bound = new java.util.HashMap<>();
            params.forEach((k, v) -> bound.put(Var.alloc(k), QueryRunner.term(v)));
            Query b = QueryTransformOps.transform(q, bound);
            return KgServer.DATASET + "/sparql?query=" + URLEncoder.encode(b.serialize(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void get(HttpClient http, String root, String path) throws IOException, InterruptedException {
        String url = root.replaceAll("/$", "") + path;
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", path.startsWith(KgServer.DATASET) ? "application/sparql-results+json" : "text/html").GET().build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = resp.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode() + " for " + url);
        }
    }

    private List<String> column(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> vs = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset().asDatasetGraph()).query(query).build()) {
                qe.select().forEachRemaining(b -> {
                    Node v = b.get("v");
                    vs.add(v.isURI() ? v.getURI() : v.getLiteralLexicalForm());
                });
            }
            return vs;
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
