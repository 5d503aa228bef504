package dev.sharebench.jmh.xproc;

import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import java.util.function.Supplier;

/**
 * The trial-long setup every cross-process benchmark shares: open the peer (its child JVM pins
 * itself per the placement), then pin the benchmark thread; at the end run the trial's check, then
 * unpin and close the peer whatever the check did (the last failure is thrown, the earlier ones are
 * attached to it). The benchmark keeps {@link #peer()} in a field of its own for the measured call,
 * and brackets its iterations with {@link #cpu()} (a meter of this JVM and the peer's child process).
 */
final class PinnedPeer<T extends AutoCloseable> {

    private final String mechanism;
    private final T peer;
    private final Placement.Pinning pinning;
    private final CpuMeter cpu;

    private PinnedPeer(String mechanism, T peer, Placement.Pinning pinning) {
        this.mechanism = mechanism;
        this.peer = peer;
        this.pinning = pinning;
        this.cpu = CpuMeter.ofChildren();
    }

    /** Opens the peer with {@code open}, then pins this thread per {@code placement}. */
    static <T extends AutoCloseable> PinnedPeer<T> open(String mechanism, String placement, Supplier<T> open) {
        T peer = open.get();
        try {
            return new PinnedPeer<>(mechanism, peer, Placement.of(placement).pinCurrentThread());
        } catch (RuntimeException | Error e) {
            try {
                Closer.closeAll(mechanism, peer);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    T peer() {
        return peer;
    }

    /** CPU per operation of both processes: call {@code begin}/{@code end} around each iteration. */
    CpuMeter cpu() {
        return cpu;
    }

    /** Runs the trial's {@code check} (e.g. the peer's count), then unpins this thread and closes the peer. */
    void close(AutoCloseable check) {
        Closer.closeAll(mechanism, check, pinning, peer);
    }
}
