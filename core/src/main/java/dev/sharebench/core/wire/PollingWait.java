package dev.sharebench.core.wire;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The waits of a kernel transport's end that never blocks in {@code read}: the {@link ChannelWait}
 * of a non-blocking {@link ChannelFrameLink} (the {@code busy-poll} and {@code spin-then-block}
 * wait strategies of pipe, fifo, uds, tcp, and the process queue).
 * <ul>
 *   <li>{@link #busyPoll}: {@code Thread.onSpinWait()} between attempts; the thread never gives up
 *       its CPU, so a peer on ANOTHER CPU is answered within one attempt (a system call), and a peer
 *       on the SAME CPU runs only when the scheduler preempts the poller (milliseconds).</li>
 *   <li>{@link #spinThenBlock}: the same for {@link #SPIN_NANOS}, then it sleeps until the
 *       descriptor is ready ({@code poll(2)} for pipes, an epoll {@code Selector} for sockets). The
 *       kernel flags a sleeper by putting it on the descriptor's wait queue, and the writer's system
 *       call wakes only the sleepers it finds there: a peer that answers within the spin costs no
 *       wake-up, and a peer on the same CPU gets the CPU after one spin budget.</li>
 * </ul>
 * Every wait is bounded: the {@code guard} runs every {@value #CHECK_EVERY} attempts and after each
 * sleep (at most {@value #SLEEP_MILLIS} ms), and a wait longer than {@code hang} fails with an
 * {@link InterruptedIOException}, Java's I/O timeout (a parent's side; a child waits for its parent
 * without a bound, and its guard ends the wait once the parent asked it to stop). One reading and
 * one writing thread at most: each direction keeps its own start time.
 */
public final class PollingWait implements ChannelWait {

    /** How long {@code spin-then-block} spins before it sleeps: a reply across vCPUs takes ~2-8 us here. */
    public static final long SPIN_NANOS = 20_000;
    /** A sleeping wait wakes at least this often to run the guard. */
    static final int SLEEP_MILLIS = 100;
    /** Attempts between two guard checks while spinning (a power of two). */
    static final int CHECK_EVERY = 256;

    /** Sleeps until the descriptor is ready to read (or write), or the timeout passed. */
    @FunctionalInterface
    public interface Readiness extends AutoCloseable {
        boolean await(boolean writing, int timeoutMillis) throws IOException;

        @Override
        default void close() throws IOException {
        }
    }

    /** Runs while waiting; throws to end the wait (e.g. the child was asked to stop). */
    @FunctionalInterface
    public interface Guard {
        Guard NONE = () -> { };

        void check() throws IOException;
    }

    private final String strategy;
    private final Readiness readiness;
    private final long hangNanos;
    private final Guard guard;
    private final String what;
    private long readSince;
    private long writeSince;

    private PollingWait(String strategy, Readiness readiness, Duration hang, Guard guard, String what) {
        this.strategy = strategy;
        this.readiness = readiness;
        this.hangNanos = hang == null ? Long.MAX_VALUE : hang.toNanos();
        this.guard = guard;
        this.what = what;
    }

    /**
     * Never sleeps.
     *
     * @param hang the longest wait before giving up; null: no bound (the guard decides)
     * @param what names the end in a failure, e.g. "uds parent"
     */
    public static PollingWait busyPoll(Duration hang, Guard guard, String what) {
        return new PollingWait("busy-poll", null, hang, guard, what);
    }

    /** Spins {@link #SPIN_NANOS}, then sleeps with {@code readiness}; see {@link #busyPoll} for the rest. */
    public static PollingWait spinThenBlock(Readiness readiness, Duration hang, Guard guard, String what) {
        return new PollingWait("spin-then-block", readiness, hang, guard, what);
    }

    /**
     * A frame link over socket {@code c}, switched to non-blocking mode, waiting busy-poll or (with
     * {@code sleeps}) spin-then-block on an epoll selector.
     */
    public static ChannelFrameLink socketLink(SocketChannel c, int maxFrame, boolean sleeps, Duration hang, Guard guard, String what)
            throws IOException {
        return new ChannelFrameLink(c, maxFrame, forSocket(c, sleeps, hang, guard, what));
    }

    /**
     * Switches socket {@code c} to non-blocking mode and returns its wait: busy-poll or (with
     * {@code sleeps}) spin-then-block on an epoll selector. The caller closes the wait after the socket.
     */
    public static PollingWait forSocket(SocketChannel c, boolean sleeps, Duration hang, Guard guard, String what) throws IOException {
        c.configureBlocking(false);
        return sleeps ? spinThenBlock(new SocketReadiness(c), hang, guard, what) : busyPoll(hang, guard, what);
    }

    @Override
    public void idle(boolean writing, int attempts) throws IOException {
        if (attempts == 1) {
            startWait(writing);
        }
        if (readiness == null) {
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
            throw new InterruptedIOException(what + " (" + strategy + "): waited " + waited / 1_000_000 + " ms to "
                    + (writing ? "write" : "read") + ", the peer stopped answering (hung?)");
        }
    }

    @Override
    public void close() throws IOException {
        if (readiness != null) {
            readiness.close();
        }
    }
}
