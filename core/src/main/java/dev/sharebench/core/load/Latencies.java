package dev.sharebench.core.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * The one histogram shape of the load drivers: nanoseconds, 3 significant digits (a value is off by
 * at most 0.1%), up to {@value #HIGHEST_NANOS} ns (10 minutes: an overloaded interval's latency grows
 * with its length, so the range must cover a whole iteration). Recording goes through HdrHistogram's
 * {@link SingleWriterRecorder}: wait-free for the one recording thread, and the reader swaps out a
 * consistent interval histogram while the writer goes on.
 */
public final class Latencies {

    public static final long HIGHEST_NANOS = 600_000_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    private Latencies() {
    }

    static SingleWriterRecorder recorder() {
        return new SingleWriterRecorder(1, HIGHEST_NANOS, SIGNIFICANT_DIGITS);
    }

    /** An empty histogram of the same shape (e.g. to merge intervals into). */
    public static Histogram histogram() {
        return new Histogram(1, HIGHEST_NANOS, SIGNIFICANT_DIGITS);
    }

    /** Records {@code nanos}; a value beyond the range is recorded as the highest (a 10-minute latency is failure anyway). */
    static void record(SingleWriterRecorder r, long nanos) {
        r.recordValue(Math.max(0, Math.min(nanos, HIGHEST_NANOS)));
    }
}
