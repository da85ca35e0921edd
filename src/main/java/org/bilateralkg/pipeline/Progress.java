package org.bilateralkg.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long ingest tells where it is: a progress bar with rate and ETA on a terminal (the
 * progressbar library), a plain line every few seconds otherwise (logs, CI), or nothing.
 */
public interface Progress extends AutoCloseable {
    /** Bytes of input consumed so far, and articles stored so far. */
    void update(long bytes, long articles);

    @Override
    void close();

    static Progress none() {
        return new Progress() {
            @Override
            public void update(long bytes, long articles) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** The bar when standard error is a terminal, else periodic lines on {@code err}. */
    static Progress forConsole(long totalBytes, PrintStream err) {
        return System.console() != null ? new Bar(totalBytes) : new Lines(totalBytes, err, Duration.ofSeconds(10));
    }

    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(long totalBytes) {
            this.bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, totalBytes / 1024))
                    .setUnit(" KiB", 1).setStyle(ProgressBarStyle.ASCII).showSpeed().continuousUpdate().build();
        }

        @Override
        public void update(long bytes, long articles) {
            bar.stepTo(bytes / 1024);
            bar.setExtraMessage(articles + " articles");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    final class Lines implements Progress {
        private final long total;
        private final PrintStream err;
        private final long everyNanos;
        private final long start = System.nanoTime();
        private long last; // zero: the first stored batch is reported at once

        Lines(long total, PrintStream err, Duration every) {
            this.total = total;
            this.err = err;
            this.everyNanos = every.toNanos();
        }

        @Override
        public void update(long bytes, long articles) {
            long now = System.nanoTime();
            if (last != 0 && now - last < everyNanos) {
                return;
            }
            last = now;
            double secs = (now - start) / 1e9;
            double rate = articles / Math.max(secs, 1e-9);
            String pct = total > 0 ? String.format(Locale.ROOT, "%.1f%%", 100.0 * bytes / total) : "?";
            String eta = total > 0 && bytes > 0 ? String.format(Locale.ROOT, "%.0f s", secs * (total - bytes) / bytes) : "?";
            err.printf(Locale.ROOT, "ingest: %d articles, %s of input, %.0f articles/s, ETA %s%n", articles, pct, rate, eta);
        }

        @Override
        public void close() {
        }
    }
}
