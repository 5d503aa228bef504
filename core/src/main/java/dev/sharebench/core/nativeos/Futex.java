package dev.sharebench.core.nativeos;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The Linux futex system call on a 32-bit word of SHARED memory: the kernel's cross-process
 * blocking wait, the one C's pthread and semaphores use underneath.
 *
 * <p>NOTE: no {@code FUTEX_PRIVATE_FLAG}: a private futex is keyed by the virtual address inside one
 * process; the shared form is keyed by the physical page, so two processes mapping the same file
 * wake each other. One instance per thread (it owns its timeout and errno buffers).
 */
public final class Futex implements AutoCloseable {

    /** SYS_futex on x86_64; aarch64 uses 98. */
    private static final long SYS_FUTEX = "aarch64".equals(System.getProperty("os.arch")) ? 98 : 202;
    private static final int FUTEX_WAIT = 0;
    private static final int FUTEX_WAKE = 1;
    private static final int EAGAIN = 11;
    private static final int ETIMEDOUT = 110;
    private static final int EINTR = 4;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment timeout;     // struct timespec {long tv_sec; long tv_nsec;}
    private final MemorySegment callState;

    /** @param waitTimeoutNanos upper bound of one wait, so a waiter re-checks its peer's liveness */
    public Futex(long waitTimeoutNanos) {
        Libc.requireAvailable("futex");
        if (waitTimeoutNanos <= 0) {
            throw new IllegalArgumentException("waitTimeoutNanos must be > 0, got " + waitTimeoutNanos);
        }
        timeout = arena.allocate(16, 8);
        timeout.set(ValueLayout.JAVA_LONG, 0, waitTimeoutNanos / 1_000_000_000L);
        timeout.set(ValueLayout.JAVA_LONG, 8, waitTimeoutNanos % 1_000_000_000L);
        callState = Libc.callState(arena);
    }

    public static boolean available() {
        return Libc.AVAILABLE;
    }

    /**
     * Sleep while the int at {@code word} still equals {@code expected} (the kernel checks this
     * atomically with queueing the waiter, so a wake between our check and the sleep is not lost).
     *
     * @return false if the wait timed out, true if woken or the value had already changed
     */
    public boolean await(MemorySegment word, int expected) {
        long r;
        try {
            r = (long) Libc.SYSCALL6.invokeExact(callState, SYS_FUTEX, word, FUTEX_WAIT, expected, timeout,
                    MemorySegment.NULL, 0);
        } catch (Throwable t) {
            throw new IllegalStateException("futex wait downcall failed", t);
        }
        if (r == 0) {
            return true;
        }
        int errno = Libc.errno(callState);
        return switch (errno) {
            case EAGAIN, EINTR -> true;
            case ETIMEDOUT -> false;
            default -> throw new IllegalStateException("futex(FUTEX_WAIT) failed, errno " + errno);
        };
    }

    /** Wake up to {@code count} waiters on {@code word}; returns how many were woken. */
    public int wake(MemorySegment word, int count) {
        long r;
        try {
            r = (long) Libc.SYSCALL6.invokeExact(callState, SYS_FUTEX, word, FUTEX_WAKE, count, MemorySegment.NULL,
                    MemorySegment.NULL, 0);
        } catch (Throwable t) {
            throw new IllegalStateException("futex wake downcall failed", t);
        }
        if (r < 0) {
            throw new IllegalStateException("futex(FUTEX_WAKE) failed, errno " + Libc.errno(callState));
        }
        return (int) r;
    }

    @Override
    public void close() {
        arena.close();
    }
}
