package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bilateralkg.remote.KgClient;
import org.bilateralkg.remote.RemoteMaintenance;
import org.bilateralkg.remote.Server;
import org.bilateralkg.store.Backup;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every graph of the store as gzipped N-Quads (streamed; written to FILE.partial, then moved into place).",
                "With --endpoint, the dataset of a running server (one consistent read; reads need no credentials)."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Back up a running ./bkg serve at URL instead.")
    String endpoint;

    @Option(names = "--out", required = true, paramLabel = "FILE.nq.gz", description = "Backup file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Server server = Endpoints.choose(db, endpoint, "to back up a running server");
        if (server != null) {
            long n = new RemoteMaintenance(new KgClient(server, null), common.iris()).backup(out);
            spec.commandLine().getOut().println("backed up " + n + " quads from " + server + " to " + out);
            return ExitCodes.OK;
        }
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            long n = Backup.write(store, out);
            spec.commandLine().getOut().println("backed up " + n + " quads to " + out);
        }
        return ExitCodes.OK;
    }
}
