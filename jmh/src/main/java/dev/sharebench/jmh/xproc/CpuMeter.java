package dev.sharebench.jmh.xproc;

import dev.sharebench.core.nativeos.CpuClock;

/**
 * CPU time per operation of both processes of a cross-process benchmark: the price of a wait
 * strategy that never sleeps, shown beside its latency. Read from the kernel's CPU clocks
 * ({@link CpuClock}): this whole JVM (the benchmark thread, a mechanism's own threads such as the
 * process queue's feeder, and JMH's, JIT and GC threads, which are nearly idle while it measures),
 * and every child process it started (the peer, counted from outside, its JIT and GC included).
 *
 * <p>The benchmark brackets each iteration with {@link #begin} and {@link #end}, passing its own
 * count of operations, so trial set-up (starting the child, JIT warm-up) is never counted; {@link #end}
 * publishes the iteration's figures and {@link CpuPerOpProfiler} hands them to JMH as the secondary
 * results {@value #PARENT} and {@value #CHILD} (ns/op). A spinning end shows ~1 CPU-second per
 * second: CPU per op close to the whole round trip; a sleeping one only its system calls.
 */
final class CpuMeter {

    static final String PARENT = "cpuNsPerOpParent";
    static final String CHILD = "cpuNsPerOpChild";

    /** One iteration's figures; NaN where a clock could not be read. */
    record Sample(double parentNsPerOp, double childNsPerOp) {
    }

    private static volatile Sample published;

    private final long[] childPids;
    private long parentStart;
    private long childStart;
    private long opsStart;

    private CpuMeter(long[] childPids) {
        this.childPids = childPids;
    }

    /** A meter of this JVM and the children it has now (call it once the peer is started). */
    static CpuMeter ofChildren() {
        return new CpuMeter(ProcessHandle.current().children().mapToLong(ProcessHandle::pid).toArray());
    }

    /** An iteration begins; {@code ops} is the benchmark's operation count so far. */
    void begin(long ops) {
        opsStart = ops;
        parentStart = parentNanos();
        childStart = childNanos();
    }

    /** The iteration ended after {@code ops} operations in all: publish its CPU time per operation. */
    void end(long ops) {
        long parent = parentNanos();
        long child = childNanos();
        long n = ops - opsStart;
        published = n <= 0 ? null : new Sample(perOp(parentStart, parent, n), perOp(childStart, child, n));
    }

    /** The figures of the last iteration that ended, once (null if none since the last take). */
    static Sample take() {
        Sample s = published;
        published = null;
        return s;
    }

    private static double perOp(long from, long to, long ops) {
        return from < 0 || to < 0 ? Double.NaN : (double) (to - from) / ops;
    }

    private static long parentNanos() {
        return CpuClock.available() ? CpuClock.selfNanos() : -1;
    }

    /** The children's total, or -1 if there are none or one cannot be read (e.g. it died). */
    private long childNanos() {
        if (childPids.length == 0 || !CpuClock.available()) {
            return -1;
        }
        long sum = 0;
        for (long pid : childPids) {
            try {
                sum += CpuClock.processNanos(pid);
            } catch (IllegalStateException gone) {
                return -1;
            }
        }
        return sum;
    }
}
