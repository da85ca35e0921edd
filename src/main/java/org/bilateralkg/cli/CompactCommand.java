package org.bilateralkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bilateralkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a store not in use: TDB2 keeps superseded data until compacted.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory.")
    Path db;

    @Override
    public Integer call() throws Exception {
        try (KgStore store = KgStore.open(db, common.iris(), false)) {
            long before = store.quadCount();
            store.compact();
            spec.commandLine().getOut().println("compacted " + db + " (" + before + " quads)");
        }
        return ExitCodes.OK;
    }
}
