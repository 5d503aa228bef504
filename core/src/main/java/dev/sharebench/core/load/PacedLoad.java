package dev.sharebench.core.load;

import java.util.Objects;

/**
 * The interval bookkeeping both drivers share: {@link #begin} starts the pacer's schedule and asks
 * the driver to reset ({@link #resetInterval}), {@link #sendOne()} waits for the due time and hands
 * it to {@link #send}, {@link #end()} times the interval and asks the driver for its figures
 * ({@link #finishInterval}). Sending outside an interval fails.
 */
abstract class PacedLoad implements LoadDriver {

    private Pacer pacer;
    private long begunAt;

    /** Empties the histograms (and whatever else) for a new interval; may throw if the driver is unhealthy. */
    abstract void resetInterval();

    /** Sends one message due at {@code due} (ns), checks it and records (or has it recorded). */
    abstract void send(long due);

    /** The interval's figures, once every message sent in it is accounted for. */
    abstract LoadInterval finishInterval(LoadMode mode, double offeredRate, double seconds);

    @Override
    public final void begin(Pacer p) {
        Objects.requireNonNull(p, "pacer");
        resetInterval();
        pacer = p;
        begunAt = System.nanoTime();
        p.start(begunAt);
    }

    @Override
    public final void sendOne() {
        if (pacer == null) {
            throw new IllegalStateException(mechanism() + ": begin an interval before sending");
        }
        send(pacer.awaitNext());
    }

    @Override
    public final LoadInterval end() {
        if (pacer == null) {
            throw new IllegalStateException(mechanism() + ": end without begin");
        }
        double seconds = (System.nanoTime() - begunAt) / 1e9;
        Pacer p = pacer;
        pacer = null;
        return finishInterval(p.mode(), p.ratePerSecond(), seconds);
    }

    /** Ends any interval without figures (for close). */
    final void abandonInterval() {
        pacer = null;
    }
}
