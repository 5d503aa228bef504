package dev.sharebench.core.load;

/**
 * When each message of an interval is due. Open loop: message {@code i} is due at
 * {@code start + i * 1e9 / rate} ns; {@link #awaitNext()} busy-waits until then (sleeping would add
 * the scheduler's wake-up, tens of microseconds here, to every message) and returns that INTENDED
 * time, even when it is already past because the sender fell behind: the lateness is then part of
 * the message's latency. Closed loop: due now, and {@link #awaitNext()} returns the current time.
 *
 * <p>One pacer per interval; {@link #start} fixes its origin. Not thread-safe: the sender owns it.
 */
public final class Pacer {

    private final LoadMode mode;
    private final double ratePerSecond;
    private final double intervalNanos;
    private long start;
    private long next;
    private boolean started;

    private Pacer(LoadMode mode, double ratePerSecond) {
        this.mode = mode;
        this.ratePerSecond = ratePerSecond;
        this.intervalNanos = mode == LoadMode.OPEN ? 1e9 / ratePerSecond : 0;
    }

    /** Open loop at {@code ratePerSecond} messages per second (> 0, finite). */
    public static Pacer open(double ratePerSecond) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("an open-loop rate must be a positive number of messages per second, got " + ratePerSecond);
        }
        return new Pacer(LoadMode.OPEN, ratePerSecond);
    }

    /** Closed loop: every message is due as soon as the previous one is done. */
    public static Pacer closed() {
        return new Pacer(LoadMode.CLOSED, Double.NaN);
    }

    public LoadMode mode() {
        return mode;
    }

    /** The offered rate (messages per second); NaN for a closed loop, which offers whatever it can. */
    public double ratePerSecond() {
        return ratePerSecond;
    }

    /** Fixes the origin of the schedule (the first message is due at {@code nowNanos}). */
    void start(long nowNanos) {
        start = nowNanos;
        next = 0;
        started = true;
    }

    /** Waits until the next message is due; returns the time it was due (open) or now (closed). */
    long awaitNext() {
        if (!started) {
            throw new IllegalStateException("pacer not started: call the driver's begin first");
        }
        if (mode == LoadMode.CLOSED) {
            return System.nanoTime();
        }
        long due = start + (long) (next++ * intervalNanos);
        while (System.nanoTime() < due) {
            Thread.onSpinWait();
        }
        return due;
    }
}
