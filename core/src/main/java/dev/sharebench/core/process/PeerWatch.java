package dev.sharebench.core.process;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A parent's watch over its child while it waits on shared memory, where no read ends with EOF when
 * the child dies: the wait loop polls it (every few thousand spins, or at each futex timeout) and it
 * throws once the child is dead, or the wait has lasted longer than the hang bound. Call
 * {@link #start()} before each wait; the clock starts at the first poll, so a wait that never polls
 * costs one field write.
 */
public final class PeerWatch implements BooleanSupplier {

    /** The hang bound, as long as {@link ChildProcess}'s own for blocking waits. */
    public static final Duration HANG = Duration.ofSeconds(20);
    private static final long HANG_NANOS = HANG.toNanos();

    private final ChildProcess child;
    private final String mechanism;
    private final String waitingFor;
    private long since;

    /**
     * @param mechanism  names the peer in the failure
     * @param waitingFor what the parent waits for, for the failure: e.g. "an echo", "the lock"
     */
    public PeerWatch(ChildProcess child, String mechanism, String waitingFor) {
        this.child = child;
        this.mechanism = mechanism;
        this.waitingFor = waitingFor;
    }

    /** A new wait begins. */
    public void start() {
        since = 0;
    }

    /** {@link #check()} as a wait loop's stop condition: it never asks to stop, it throws. */
    @Override
    public boolean getAsBoolean() {
        check();
        return false;
    }

    /** Throws if the child died or the current wait is over the hang bound. */
    public void check() {
        if (!child.isAlive()) {
            throw child.failure(mechanism + ": died while the parent waited for " + waitingFor, null);
        }
        long now = System.nanoTime();
        if (since == 0) {
            since = now;
        } else if (now - since > HANG_NANOS) {
            throw child.failure(mechanism + ": the parent waited " + HANG.toMillis() + " ms for " + waitingFor + " (hung peer?)", null);
        }
    }
}
