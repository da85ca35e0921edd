package org.bilateralkg.bench;

/**
 * One step of the benchmark: what was measured, how fast, and the memory it took; for request
 * latencies also the median and 95th percentile in milliseconds (null for other steps).
 */
public record Measurement(String step, double seconds, long items, String unit, double rate, long peakHeapMiB,
                          long peakRssMiB, String note, Double p50Ms, Double p95Ms) {
    public Measurement(String step, double seconds, long items, String unit, double rate, long peakHeapMiB,
                       long peakRssMiB, String note) {
        this(step, seconds, items, unit, rate, peakHeapMiB, peakRssMiB, note, null, null);
    }
}
