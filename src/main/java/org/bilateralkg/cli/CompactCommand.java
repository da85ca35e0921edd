package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bilateralkg.remote.KgClient;
import org.bilateralkg.remote.RemoteMaintenance;
import org.bilateralkg.remote.Server;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact a store not in use: TDB2 keeps superseded data until compacted.",
                "With --endpoint (and --user), a running server compacts the store it serves, online."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Have a running ./bkg serve at URL compact its store; needs --user.")
    String endpoint;

    @Mixin
    CredentialOptions credentials;

    @Override
    public Integer call() throws Exception {
        Server server = Endpoints.choose(db, endpoint, "(with --user) to compact a running server's store");
        if (server != null) {
            long t0 = System.nanoTime();
            new RemoteMaintenance(new KgClient(server, credentials.resolve()), common.iris()).compact();
            spec.commandLine().getOut().println("compacted the store of " + server + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return ExitCodes.OK;
        }
        credentials.refuseLocally();
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            long before = store.quadCount();
            store.compact();
            spec.commandLine().getOut().println("compacted " + db + " (" + before + " quads)");
        }
        return ExitCodes.OK;
    }
}
