package org.bilateralkg.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bilateralkg.it.SeedStore;

/** Runs {@code bkg} in a separate JVM (own heap limit, own store lock, killable), as users do. */
final class ChildProcess {
    record Result(int exit, String out, String err) {
    }

    private ChildProcess() {
    }

    static ProcessBuilder builder(String heap, Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Dbkg.home=" + SeedStore.HOME,
                "-cp", System.getProperty("java.class.path"), "org.bilateralkg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile());
    }

    static Result run(String heap, Path log, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Process p = builder(heap, log, args).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bkg " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(),
                Files.readString(log.resolveSibling(log.getFileName() + ".out"), StandardCharsets.UTF_8),
                Files.readString(log.resolveSibling(log.getFileName() + ".err"), StandardCharsets.UTF_8));
    }
}
