package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.bilateralkg.cli.Main;
import org.bilateralkg.cli.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ./bkg serve as users meet it when something is wrong: one line, the right exit code. */
class ServeCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String err() {
        return console.err();
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, Main.run("serve", "--help"));
        String help = console.out();
        for (String o : new String[]{"--db", "--host", "--port", "--timeout", "--update-users", "--base"}) {
            assertTrue(help.contains(o), o);
        }
        assertEquals(0, Main.run("--help"));
        assertTrue(console.out().contains("serve"));
    }

    @Test
    void aMissingStoreExitsThree(@TempDir Path dir) {
        assertEquals(3, Main.run("serve", "--db", dir.resolve("nothing").toString(), "--port", "0"));
        assertTrue(err().contains("no store at"), err());
    }

    @Test
    void badOptionsExitTwo(@TempDir Path dir) {
        assertEquals(2, Main.run("serve", "--db", dir.toString(), "--port", "70000"));
        assertEquals(2, Main.run("serve", "--db", dir.toString(), "--timeout", "0"));
        assertEquals(2, Main.run("serve", "--db", dir.toString(), "--timeout", "soon"));
        assertEquals(2, Main.run("serve", "--no-such-option"));
    }

    @Test
    void aTakenPortOrAMissingPasswordFileSaySoAndExitOne(@TempDir Path dir) throws Exception {
        try (var store = org.bilateralkg.it.SeedStore.open(dir.resolve("db"))) {
            store.write(() -> { });
        }
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(1, Main.run("serve", "--db", dir.resolve("db").toString(), "--port", String.valueOf(taken.getLocalPort())));
            assertTrue(err().contains("cannot listen"), err());
        }
        console.clear();
        assertEquals(1, Main.run("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--update-users",
                dir.resolve("no-such-file").toString()));
        assertTrue(err().contains("--update-users"), err());
    }
}
