package org.bilateralkg.cli;

import java.nio.file.Files;
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

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup (N-Quads, gzipped or not) into a new store directory.",
                "With --endpoint (and --user), replace everything a running server holds by the backup, in one request:",
                "the server parses it in one transaction, so a bad file leaves the old content."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "New TDB2 store directory (must not hold a store yet).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Replace the content of a running ./bkg serve at URL instead; needs --user.")
    String endpoint;

    @Mixin
    CredentialOptions credentials;

    @Option(names = "--from", required = true, paramLabel = "FILE.nq.gz", description = "Backup file.")
    Path from;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(from)) {
            throw new UsageException("no backup file " + from);
        }
        Server server = Endpoints.choose(db, endpoint, "(with --user) to restore into a running server");
        if (server != null) {
            long n = new RemoteMaintenance(new KgClient(server, credentials.resolve()), common.iris()).restore(from);
            spec.commandLine().getOut().println("restored " + from + " into " + server + ": it now holds " + n + " quads");
            return ExitCodes.OK;
        }
        credentials.refuseLocally();
        if (Files.isDirectory(db)) {
            try (var s = Files.list(db)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException(db + " is not empty: restore into a new directory, then swap");
                }
            }
        }
        try (KgStore store = KgStore.open(db, common.iris(), true)) {
            long n = Backup.restore(from, store);
            spec.commandLine().getOut().println("restored " + n + " quads into " + db);
        }
        return ExitCodes.OK;
    }
}
