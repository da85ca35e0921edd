package org.bilateralkg.synth;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * SplitMix64: small, fast and fully specified here, so a seed gives the same numbers on every JVM
 * and every run. Each article draws from its own generator, derived from (seed, article index), so
 * articles can be generated in any order, on any number of threads, with the same bytes.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** A generator for a tuple of keys (seed, stream, index ...). */
    static Rng of(long... keys) {
        long h = 0x6A09E667F3BCC909L;
        for (long k : keys) {
            h = mix(h ^ mix(k + GOLDEN));
        }
        return new Rng(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** Uniform in [from, to] (inclusive). */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T t : items) {
            total += weight.applyAsDouble(t);
        }
        double x = nextDouble() * total;
        for (T t : items) {
            x -= weight.applyAsDouble(t);
            if (x < 0) {
                return t;
            }
        }
        return items.get(items.size() - 1);
    }

    /** Index drawn with the given weights. */
    int weightedIndex(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
