package org.bilateralkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.nio.file.Path;
import java.util.Optional;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * By default the server listens on the loopback interface only: other machines cannot reach it
 * unless --host says so. Checked from this machine's own network address, which a wildcard bind
 * would answer on (the second half proves the check can tell).
 */
class LoopbackBindingTest {
    @Test
    void unreachableFromTheNetworkUnlessTold(@TempDir Path dir) throws Exception {
        Optional<InetAddress> lan = networkAddress();
        assumeTrue(lan.isPresent(), "this machine has no network address besides loopback");
        assertEquals(ServerConfig.DEFAULT_HOST, ServerConfig.defaults().host());
        try (KgStore store = SeedStore.open(dir.resolve("db"))) {
            try (KgServer s = KgServer.start(store, ServerConfig.defaults().withPort(0))) {
                connect(InetAddress.getLoopbackAddress(), s.port());
                assertThrows(IOException.class, () -> connect(lan.get(), s.port()), "reachable at " + lan.get() + ":" + s.port());
            }
            try (KgServer s = KgServer.start(store, new ServerConfig("0.0.0.0", 0, null, null, 0, null, null))) {
                connect(lan.get(), s.port()); // told to listen everywhere, it does
            }
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket sock = new Socket()) {
            sock.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
