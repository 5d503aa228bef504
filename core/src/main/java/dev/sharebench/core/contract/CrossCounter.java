package dev.sharebench.core.contract;

/**
 * The shared-counter contract of XprocCounterBench: this process and a peer process both add to one
 * total. {@link #finish} stops the peer, takes its own count, and throws, naming the mechanism,
 * unless the shared total equals exactly what both processes added.
 */
public interface CrossCounter extends AutoCloseable {

    /** Add {@code delta} to the shared total (one lock hold / one request / one atomic add). */
    void add(long delta);

    /**
     * The shared total now, read while the peer keeps adding (one atomic read of the shared word, or
     * one request to the manager). XprocCounterBench reads it at both edges of every iteration, so
     * that its score counts both processes' adds, not only this one's.
     */
    long total();

    /** Stop the peer and verify; returns the verified total. */
    long finish(long addedHere);

    @Override
    void close();

    /** Shared check: total == here + peer. */
    static long verify(String mechanism, long total, long here, long peer) {
        if (total != here + peer) {
            throw new IllegalStateException(mechanism + ": shared total " + total + " but this process added " + here
                    + " and the peer " + peer + " (lost " + (here + peer - total) + " updates)");
        }
        return total;
    }
}
