package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Retract articles: remove their graphs and re-derive the merged meetings, in one transaction."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

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
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            int n = store.removeArticles((graph, publisher) -> which.source != null
                    ? which.source.equals(publisher)
                    : which.articles.stream().anyMatch(a -> graph.getURI().equals(a) || graph.getURI().endsWith("/" + a)));
            spec.commandLine().getOut().println("removed " + n + " article graph" + (n == 1 ? "" : "s"));
            return n == 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
