package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.remote.KgClient;
import org.bilateralkg.remote.RemoteMaintenance;
import org.bilateralkg.remote.Server;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Retract articles: remove their graphs and re-derive the merged meetings, in one transaction.",
                "With --endpoint (and --user), through a running server, in one request."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Remove through a running ./bkg serve at URL instead; needs --user.")
    String endpoint;

    @Mixin
    CredentialOptions credentials;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--article", paramLabel = "ID|IRI", description = "Article id (16 hex) or IRI; repeatable.")
        List<String> articles;

        @Option(names = "--source", paramLabel = "NAME", description = "Every article of this publisher (schema:publisher).")
        String source;
    }

    @Override
    public Integer call() throws Exception {
        Server server = Endpoints.choose(db, endpoint, "(with --user) to remove through a running server");
        if (server != null) {
            int n = new RemoteMaintenance(new KgClient(server, credentials.resolve()), common.iris()).remove(which.articles, which.source);
            return removed(n);
        }
        credentials.refuseLocally();
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            int n = store.removeArticles((graph, publisher) -> which.source != null
                    ? which.source.equals(publisher)
                    : which.articles.stream().anyMatch(a -> graph.getURI().equals(a) || graph.getURI().endsWith("/" + a)));
            return removed(n);
        }
    }

    private int removed(int n) {
        spec.commandLine().getOut().println("removed " + n + " article graph" + (n == 1 ? "" : "s"));
        return n == 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
