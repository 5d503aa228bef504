package dev.sharebench.core.pipe;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelWait;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * The waits of a kernel transport's end that never blocks in {@code read}: the {@link ChannelWait}
 * of a non-blocking {@code ChannelFrameLink}.
 * <ul>
 *   <li>{@code busy-poll}: {@code Thread.onSpinWait()} between attempts; the thread never gives up
 *       its CPU, so a peer on ANOTHER CPU is answered within one attempt (a system call), and a peer
 *       on the SAME CPU runs only when the scheduler preempts the poller (milliseconds).</li>
 *   <li>{@code spin-then-block}: the same for {@link #SPIN_NANOS}, then it sleeps until the
 *       descriptor is ready ({@code poll(2)} for pipes, an epoll {@code Selector} for sockets). The
 *       writer's system call wakes a sleeper only when there is one, so a peer that answers within
 *       the spin costs no wake-up, and a peer on the same CPU gets the CPU after one spin budget.</li>
 * </ul>
 * Every wait is bounded: the {@code guard} runs every {@value #CHECK_EVERY} attempts and after each
 * sleep (at most {@value #SLEEP_MILLIS} ms), and a wait longer than {@code hang} fails with an
 * {@link InterruptedIOException}, Java's I/O timeout (the parent's side; a child waits for its
 * parent without a bound, and its guard ends the wait once the parent asked it to stop). One
 * reading and one writing thread at most: each direction keeps its own start time.
 */
final class PollingWait implements ChannelWait {

    /** How long {@code spin-then-block} spins before it sleeps: a reply across vCPUs takes ~2-8 us here. */
    static final long SPIN_NANOS = 20_000;
    /** A sleeping wait wakes at least this often to run the guard. */
    static final int SLEEP_MILLIS = 100;
    /** Attempts between two guard checks while spinning (a power of two). */
    static final int CHECK_EVERY = 256;

    /** Sleeps until the descriptor is ready to read (or write), or the timeout passed. */
    @FunctionalInterface
    interface Readiness extends AutoCloseable {
        boolean await(boolean writing, int timeoutMillis) throws IOException;

        @Override
        default void close() throws IOException {
        }
    }

    /** Runs while waiting; throws to end the wait (e.g. the child was asked to stop). */
    @FunctionalInterface
    interface Guard {
        Guard NONE = () -> { };

        void check() throws IOException;
    }

    private final WaitStrategy strategy;
    private final Readiness readiness;
    private final long hangNanos;
    private final Guard guard;
    private final String what;
    private long readSince;
    private long writeSince;

    /**
     * @param strategy  {@code busy-poll} or {@code spin-then-block}
     * @param readiness the sleep of {@code spin-then-block} (unused by {@code busy-poll})
     * @param hang      the longest wait before giving up; null: no bound (the guard decides)
     * @param what      names the end in a failure, e.g. "uds parent"
     */
    PollingWait(WaitStrategy strategy, Readiness readiness, Duration hang, Guard guard, String what) {
        if (strategy != WaitStrategy.BUSY_POLL && strategy != WaitStrategy.SPIN_THEN_BLOCK) {
            throw new IllegalArgumentException(what + ": a polling wait is busy-poll or spin-then-block, not " + strategy.alias());
        }
        this.strategy = strategy;
        this.readiness = readiness;
        this.hangNanos = hang == null ? Long.MAX_VALUE : hang.toNanos();
        this.guard = guard;
        this.what = what;
    }

    @Override
    public void idle(boolean writing, int attempts) throws IOException {
        if (attempts == 1) {
            startWait(writing);
        }
        if (strategy == WaitStrategy.BUSY_POLL) {
            Thread.onSpinWait();
            if ((attempts & (CHECK_EVERY - 1)) == 0) {
                check(writing);
            }
        } else if (System.nanoTime() - since(writing) < SPIN_NANOS) {
            Thread.onSpinWait();
        } else {
            readiness.await(writing, SLEEP_MILLIS);
            check(writing);
        }
    }

    private void startWait(boolean writing) {
        if (writing) {
            writeSince = System.nanoTime();
        } else {
            readSince = System.nanoTime();
        }
    }

    private long since(boolean writing) {
        return writing ? writeSince : readSince;
    }

    private void check(boolean writing) throws IOException {
        guard.check();
        long waited = System.nanoTime() - since(writing);
        if (waited > hangNanos) {
            throw new InterruptedIOException(what + " (" + strategy.alias() + "): waited " + waited / 1_000_000 + " ms to "
                    + (writing ? "write" : "read") + ", the peer stopped answering (hung?)");
        }
    }

    @Override
    public void close() throws IOException {
        readiness.close();
    }
}
