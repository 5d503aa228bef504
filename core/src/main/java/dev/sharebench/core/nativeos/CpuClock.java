package dev.sharebench.core.nativeos;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * CPU time a whole process has used, in nanoseconds, from the kernel's own accounting: the sum over
 * all its threads, the ones that ended included ({@code clock_gettime} on the process's CPU clock).
 * Another process's clock is found with {@code clock_getcpuclockid(pid)}: Linux lets any process
 * read it, so a parent reads its child's CPU time without the child's help, at any moment and to
 * the nanosecond ({@code /proc/<pid>/stat} and {@code ProcessHandle.Info} count 10 ms ticks).
 */
public final class CpuClock {

    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;

    private CpuClock() {
    }

    public static boolean available() {
        return Libc.AVAILABLE;
    }

    /** CPU time of this process (all threads). */
    public static long selfNanos() {
        return read(CLOCK_PROCESS_CPUTIME_ID, "this process");
    }

    /**
     * CPU time of process {@code pid} (all threads).
     *
     * @throws IllegalStateException if there is no such process (any more)
     */
    public static long processNanos(long pid) {
        Libc.requireAvailable("clock_getcpuclockid");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment clock = a.allocate(ValueLayout.JAVA_INT);
            int err = (int) Libc.CLOCK_GETCPUCLOCKID.invokeExact((int) pid, clock);
            if (err != 0) {
                throw new IllegalStateException("clock_getcpuclockid(" + pid + ") failed, error " + err + (err == 3 ? " (ESRCH: no such process)" : ""));
            }
            return read(clock.get(ValueLayout.JAVA_INT, 0), "pid " + pid);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("clock_getcpuclockid downcall failed", t);
        }
    }

    private static long read(int clockId, String whose) {
        Libc.requireAvailable("clock_gettime");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(a);
            MemorySegment ts = a.allocate(16, 8); // struct timespec { long tv_sec; long tv_nsec; }
            if ((int) Libc.CLOCK_GETTIME.invokeExact(state, clockId, ts) != 0) {
                throw new IllegalStateException("clock_gettime(CPU clock of " + whose + ") failed, errno " + Libc.errno(state)
                        + " (the process ended?)");
            }
            return ts.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + ts.get(ValueLayout.JAVA_LONG, 8);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("clock_gettime downcall failed", t);
        }
    }
}
