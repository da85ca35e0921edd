package org.bilateralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.pipeline.IngestPipeline;
import org.bilateralkg.pipeline.Progress;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.query.CannedQueries;
import org.bilateralkg.query.QueryRunner;
import org.bilateralkg.query.ResultFormat;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"The main job: ingest data/articles into the default store (kg-db/), print what was found,",
                "then serve it (as ./bkg serve: SPARQL endpoint and linked-data pages) until stopped."})
final class UpCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Store directory (default: kg-db/ in the project).")
    Path db;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--no-serve", description = "Stop after ingesting and printing the meetings.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = common.home();
        Path store = db != null ? db : CommonOptions.defaultStore(home);
        org.bilateralkg.server.ServerConfig serverConfig = server.config(home.resolve("queries"));
        ReferenceData ref = ReferenceData.load(home, common.iris().base());
        try (KgStore kg = KgStore.open(store, common.iris(), true)) {
            IngestSummary s = new IngestPipeline(ref, kg, false, p -> err.println(p))
                    .run(List.of(home.resolve("data/articles")), ArticleDefaults.none());
            int code = IngestCommand.report(s, out);
            out.println("store: " + store.toAbsolutePath());
            out.println();
            out.println("Meetings in the store (queries/meetings.rq):");
            out.flush();
            String meetings = new CannedQueries(home.resolve("queries")).load("meetings").orElseThrow();
            QueryRunner.run(kg.dataset(), QueryRunner.parse(meetings), Map.of(), ResultFormat.TABLE, System.out);
            System.out.flush();
            out.println();
            out.println("Ask more with: ./bkg query commitments --db " + store + "   (see queries/ for the rest)");
            if (noServe) {
                return code;
            }
            out.println();
            int served = ServeCommand.serve(kg, serverConfig, out, err);
            return Math.max(code, served);
        }
    }
}
