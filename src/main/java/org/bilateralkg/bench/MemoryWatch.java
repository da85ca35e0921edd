package org.bilateralkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap and peak resident memory (VmHWM of /proc/self/status) per step; both are reset between
 * steps (VmHWM through /proc/self/clear_refs). The heap is sampled every 20 ms: the pools' own peaks
 * are reached at different moments, and their sum overstated it (1,448 MiB under -Xmx1g).
 * Resident memory counts the pages of the memory-mapped store files too.
 */
final class MemoryWatch {
    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    static {
        Thread t = new Thread(() -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bkg-memory-watch");
        t.setDaemon(true);
        t.start();
    }

    private MemoryWatch() {
    }

    static void reset() {
        System.gc();
        PEAK_HEAP.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: RSS peaks then cover the whole run so far
        }
    }

    static long peakHeapMiB() {
        PEAK_HEAP.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return PEAK_HEAP.get() >> 20;
    }

    static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return -1;
    }
}
