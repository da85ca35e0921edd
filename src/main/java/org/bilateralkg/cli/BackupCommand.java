package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bilateralkg.store.Backup;
import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every graph of the store as gzipped N-Quads (streamed; written to FILE.partial, then moved into place).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE.nq.gz", description = "Backup file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            long n = Backup.write(store, out);
            spec.commandLine().getOut().println("backed up " + n + " quads to " + out);
        }
        return ExitCodes.OK;
    }
}
