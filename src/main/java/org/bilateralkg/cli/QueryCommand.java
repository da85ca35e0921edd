package org.bilateralkg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.bilateralkg.query.CannedQueries;
import org.bilateralkg.query.QueryRunner;
import org.bilateralkg.query.ResultFormat;
import org.bilateralkg.remote.KgClient;
import org.bilateralkg.remote.Server;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a canned query from queries/ (by name) or any SPARQL file over the store.",
                "Parameters are bound as RDF terms (<iri>, http(s) IRIs, else strings), never pasted into the text."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A name from queries/ (meetings, commitments, ...) or a .rq file.")
    String query;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Ask a running ./bkg serve at URL instead (it holds the store).")
    String endpoint;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|tsv|json",
            description = "Output format (default: ${DEFAULT-VALUE}); csv and tsv are the W3C SPARQL result formats.")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (a page of a long answer).")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows (with --limit: the next page).")
    Long offset;

    @Override
    public Integer call() throws Exception {
        CannedQueries canned = new CannedQueries(common.home().resolve("queries"));
        String text = canned.load(query).orElseThrow(() -> new UsageException("no query named '" + query
                + "' (known: " + String.join(", ", canned.names()) + ") and no such .rq file"));
        Query q;
        try {
            q = QueryRunner.parse(text);
        } catch (QueryRunner.BadQueryException e) {
            throw new UsageException(e.getMessage());
        }
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw new UsageException("--limit and --offset take a number of rows, 0 or more");
        }
        if (limit != null) {
            q.setLimit(limit);
        }
        if (offset != null) {
            q.setOffset(offset);
        }
        for (String name : params.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new UsageException("--param name must be a SPARQL variable name, not '" + name + "'");
            }
        }
        Server server = Endpoints.choose(db, endpoint, "to ask a running server");
        OutputStream out = System.out;
        if (server != null) {
            // Same query, same parameters as terms: the server's results in the same formats.
            new KgClient(server, null).query(q, QueryRunner.terms(params), qe -> {
                QueryRunner.write(qe, q, format, out);
                return null;
            });
            out.flush();
            return ExitCodes.OK;
        }
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            QueryRunner.run(store.dataset(), q, params, format, out);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
