package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.MechanismRef.reuse;
import static dev.sharebench.core.workload.Mechanisms.SHARED_MEMORY_BLOCK;
import static dev.sharebench.core.workload.Mechanisms.SHARED_VALUE_WITH_LOCK;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.manager.ManagerCounter;
import dev.sharebench.core.mmap.MmapCounter;
import dev.sharebench.core.process.Placement;

/**
 * The cross-process counter workload (XprocCounterBench): the one alias-to-{@link CrossCounter}
 * mapping. {@link CrossCounterArgs#batch()} is what one operation adds.
 */
public final class CrossCounters {

    public static final Factory<CrossCounterArgs, CrossCounter> FACTORY =
            Factory.<CrossCounterArgs, CrossCounter>builder("CrossCounter", CrossCounterArgs::check)
                    .register(define("mmap", Family.MMAP, "a /dev/shm file mapped in both JVMs as a MemorySegment, VarHandle atomics", SHARED_MEMORY_BLOCK),
                            CrossCounters::mapped)
                    .register(define("mmap-lock", Family.MMAP, "a CAS spin lock living in the shared mapping guarding a plain value", SHARED_VALUE_WITH_LOCK),
                            CrossCounters::mapped)
                    .register(define("file-lock", Family.MMAP, "a plain value in the mapping guarded by FileChannel.lock (fcntl lock)", SHARED_VALUE_WITH_LOCK),
                            CrossCounters::mapped)
                    .register(reuse("manager-uds"), (alias, a) -> new ManagerCounter(alias, "uds", a.batch(), a.placement()))
                    .register(reuse("manager-tcp"), (alias, a) -> new ManagerCounter(alias, "tcp", a.batch(), a.placement()))
                    .build();

    private CrossCounters() {
    }

    /** {@code FACTORY.create(alias, new CrossCounterArgs(batch, Placement.of(placement)))}. */
    public static CrossCounter create(String alias, int batch, String placement) {
        return FACTORY.create(alias, new CrossCounterArgs(batch, Placement.of(placement)));
    }

    private static CrossCounter mapped(String alias, CrossCounterArgs a) {
        return new MmapCounter(alias, a.batch(), a.placement());
    }
}
