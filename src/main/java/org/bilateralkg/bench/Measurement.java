package org.bilateralkg.bench;

/** One step of the benchmark: what was measured, how fast, and the memory it took. */
public record Measurement(String step, double seconds, long items, String unit, double rate, long peakHeapMiB,
                          long peakRssMiB, String note) {
}
