package org.bilateralkg.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bkg} command: each subcommand wires stages of the data flow together. */
@Command(name = "bkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Bilateral KG: news articles in, a cited knowledge graph of relations between countries out.",
        subcommands = {UpCommand.class, IngestCommand.class, QueryCommand.class, ValidateCommand.class, EvalCommand.class,
                BackupCommand.class, RestoreCommand.class, CompactCommand.class, RemoveCommand.class, BenchCommand.class, ExportCommand.class, ServeCommand.class, SynthCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all done; 1 done, but some inputs failed; 2 usage error;",
                "3 the store is missing or in use by another process."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see ./bkg --help)");
    }

    public static void main(String[] args) {
        // Hindi must print correctly whatever the locale says (LANG=C included).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof org.bilateralkg.store.StoreUnavailableException) {
                commandLine.getErr().println("bkg: " + ex.getMessage());
                return ExitCodes.STORE_UNAVAILABLE;
            }
            if (ex instanceof org.bilateralkg.remote.RemoteException re) {
                commandLine.getErr().println("bkg: " + re.getMessage());
                return re.storeUnavailable() ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.FAILED;
            }
            if (ex instanceof UsageException) {
                commandLine.getErr().println("bkg: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("bkg: " + ex);
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"bkg (extractor " + org.bilateralkg.extract.Extractor.VERSION + ")"};
        }
    }
}
