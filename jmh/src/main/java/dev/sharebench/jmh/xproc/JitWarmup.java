package dev.sharebench.jmh.xproc;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up until the JIT is quiet, before JMH's own warm-up iterations. On 2 vCPUs with both ends
 * spinning, a C2 compiler thread that is still busy steals whole scheduler slices from a spinner and
 * shows up as millisecond outliers. So: run the SAME operation the benchmark measures (same method,
 * no warm-up-only branch, so the compiled code is the measured code) in 100 ms rounds until the
 * JVM's total compilation time stops growing for two rounds, or for at most {@code maxMillis}.
 */
final class JitWarmup {

    private JitWarmup() {
    }

    /** @return the number of rounds run */
    static int untilQuiet(Runnable op, long maxMillis) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long end = System.nanoTime() + maxMillis * 1_000_000;
        long last = jit.getTotalCompilationTime();
        int quietRounds = 0;
        int rounds = 0;
        while (quietRounds < 2 && System.nanoTime() < end) {
            long roundEnd = System.nanoTime() + 100_000_000;
            while (System.nanoTime() < roundEnd) {
                for (int i = 0; i < 64; i++) {
                    op.run();
                }
            }
            long now = jit.getTotalCompilationTime();
            quietRounds = now == last ? quietRounds + 1 : 0;
            last = now;
            rounds++;
        }
        return rounds;
    }
}
