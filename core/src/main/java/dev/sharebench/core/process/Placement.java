package dev.sharebench.core.process;

import dev.sharebench.core.nativeos.Affinity;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Where the two ends of a cross-process benchmark run: the {@code placement} @Param.
 *
 * <ul>
 *   <li>{@code cross-cpu}: parent thread on the first allowed CPU, child on the second: every
 *       hand-off crosses vCPUs (spinning is fast, a blocking wake-up pays the hypervisor: tens to hundreds of us on the
 *       development machine, docs/machine.md).</li>
 *   <li>{@code same-cpu}: both on the first allowed CPU: a blocking hand-off is a cheap context
 *       switch (~8 us for a pipe round trip), a spinning peer only runs when the scheduler preempts the
 *       spinner (~8 ms: the scheduler tick, twice).</li>
 *   <li>{@code os}: no pinning; results are bimodal on this machine, and say so.</li>
 * </ul>
 * Pinning uses sched_setaffinity through FFM; where that is not available (not Linux) pinning is
 * skipped with a note on stderr, so the results still name the placement that was asked for.
 */
public enum Placement {
    CROSS_CPU("cross-cpu"),
    SAME_CPU("same-cpu"),
    OS("os");

    private final String alias;

    Placement(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    public static Placement of(String alias) {
        for (Placement p : values()) {
            if (p.alias.equals(alias)) {
                return p;
            }
        }
        throw new IllegalArgumentException("placement '" + alias + "' unknown (known: "
                + String.join(", ", Arrays.stream(values()).map(Placement::alias).toList()) + ")");
    }

    /** The CPU the child pins itself to, or -1 (pass to {@link ChildProcess.Builder#cpu}). */
    public int childCpu() {
        return switch (this) {
            case OS -> -1;
            case SAME_CPU -> cpu(0);
            case CROSS_CPU -> cpu(1);
        };
    }

    /** Pin the calling (benchmark) thread; close the result to restore the previous mask. */
    public Pinning pinCurrentThread() {
        return pin(0);
    }

    /**
     * Pin the calling thread where the peer runs ({@link #childCpu()}: the second CPU for
     * {@code cross-cpu}), for a peer that is a thread of this process (FloorBench's ponger).
     */
    public Pinning pinCurrentThreadAsPeer() {
        return pin(this == CROSS_CPU ? 1 : 0);
    }

    private Pinning pin(int nth) {
        if (this == OS || !Affinity.available()) {
            if (this != OS) {
                System.err.println("sharebench: placement " + alias + ": pinning skipped (sched_setaffinity needs Linux)");
            }
            return () -> { };
        }
        int cpu = cpu(nth);
        BitSet before = Affinity.currentThreadCpus();
        BitSet mine = new BitSet();
        mine.set(cpu);
        Affinity.pinCurrentThread(mine);
        return () -> Affinity.pinCurrentThread(before);
    }

    /** The n-th CPU this process may use (0 or 1); fails clearly if there are not enough. */
    private int cpu(int n) {
        if (!Affinity.available()) {
            return -1;
        }
        BitSet allowed = Allowed.CPUS;
        int cpu = allowed.nextSetBit(0);
        for (int i = 0; i < n && cpu >= 0; i++) {
            cpu = allowed.nextSetBit(cpu + 1);
        }
        if (cpu < 0) {
            throw new IllegalStateException("placement " + alias + " needs " + (n + 1) + " CPUs, this process may use " + allowed);
        }
        return cpu;
    }

    /** The CPUs allowed when placement was first used, before any pinning narrowed this thread. */
    private static final class Allowed {
        static final BitSet CPUS = Affinity.currentThreadCpus();
    }

    /** Undo a pinning. */
    @FunctionalInterface
    public interface Pinning extends AutoCloseable {
        @Override
        void close();
    }
}
