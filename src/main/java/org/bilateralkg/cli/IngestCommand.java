package org.bilateralkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.ingest.ArticleDefaults;
import org.bilateralkg.ingest.ArticleReader;
import org.bilateralkg.pipeline.IngestPipeline;
import org.bilateralkg.pipeline.Progress;
import org.bilateralkg.pipeline.IngestSummary;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.remote.BatchNotStoredException;
import org.bilateralkg.remote.KgClient;
import org.bilateralkg.remote.RemoteArticleStore;
import org.bilateralkg.remote.Server;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt, .jsonl; files or directories), extract facts and store one named graph per article.",
                "Creates the store if needed. An unchanged article is skipped; a changed one replaces its graph.",
                "With --endpoint, the articles are read and extracted here and stored by a running ./bkg serve",
                "(started with --update-users): one request per batch, which the server stores whole or not at all."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (created if missing).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Store through a running ./bkg serve at URL instead (it holds the store); needs --user.")
    String endpoint;

    @Mixin
    CredentialOptions credentials;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that carry none (.txt).")
    String published;

    @Option(names = "--lang", paramLabel = "auto|hi|en|...", defaultValue = "auto",
            description = "Language of articles that carry none (default: detect).")
    String lang;

    @Option(names = "--source", paramLabel = "NAME", description = "Publisher name for articles that carry none.")
    String source;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IngestPipeline.BATCH_ARTICLES,
            description = "At most N articles per write transaction (default: ${DEFAULT-VALUE}); memory grows with N.")
    int batch;

    @Option(names = "--force", description = "Re-extract and replace even unchanged articles.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new UsageException("--batch takes a number of articles of at least 1, not " + batch);
        }
        LocalDate date = null;
        if (published != null) {
            try {
                date = ArticleReader.parseDate(published, "--published");
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (!lang.equals("auto") && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new UsageException("--lang takes auto or a language tag such as hi or en, not '" + lang + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Server server = Endpoints.choose(db, endpoint, "(with --user) to ingest through a running server");
        ArticleDefaults defaults = new ArticleDefaults(date, lang, source);
        if (server != null) {
            // Credentials are checked before anything is read: a wrong password costs no extraction.
            RemoteArticleStore store = RemoteArticleStore.connect(new KgClient(server, credentials.resolve()), common.iris());
            ReferenceData ref = ReferenceData.load(common.home(), common.iris().base());
            try {
                IngestSummary s = new IngestPipeline(ref, store, force, p -> err.println(p)).batchArticles(batch)
                        .progress(Progress.forConsole(ArticleReader.totalBytes(paths), System.err)).run(paths, defaults);
                return report(s, out);
            } catch (BatchNotStoredException e) {
                err.println("bkg: " + e.getMessage());
                e.articles().forEach(a -> err.println("not stored: " + a));
                err.println("bkg: stopped; " + e.articles().size() + " articles of that batch were not stored (listed above), "
                        + e.storedBefore() + " were stored before it and the rest of the input was not sent. "
                        + "Run the same command again once this is fixed: stored articles are skipped.");
                return e.remote().storeUnavailable() ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.FAILED;
            }
        }
        credentials.refuseLocally();
        ReferenceData ref = ReferenceData.load(common.home(), common.iris().base());
        try (KgStore store = KgStore.open(db, common.iris(), true)) {
            IngestSummary s = new IngestPipeline(ref, store, force, p -> err.println(p)).batchArticles(batch)
                    .progress(Progress.forConsole(ArticleReader.totalBytes(paths), System.err)).run(paths, defaults);
            int code = report(s, out);
            long bytes = store.diskBytes();
            if (s.added() + s.replaced() > 0 && bytes > COMPACT_HINT_BYTES) {
                // Every write transaction leaves superseded B+tree blocks behind; only compaction returns them.
                err.printf(java.util.Locale.ROOT, "store: %.1f GB on disk; TDB2 keeps superseded blocks until compacted: "
                        + "run ./bkg compact --db %s (with no server on the store) to reclaim them%n",
                        bytes / 1e9, db);
            }
            return code;
        }
    }

    /** Above this size, after an ingest that wrote something, suggest compacting. */
    static final long COMPACT_HINT_BYTES = 1L << 30;

    static int report(IngestSummary s, PrintWriter out) {
        for (String n : s.noLexicon()) {
            out.println("stored without extraction (no lexicon for this language): " + n);
        }
        out.println(s.describe());
        return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
