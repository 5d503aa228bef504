package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

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
                    .register(reuse("mmap"), CrossCounters::mapped)
                    .register(reuse("mmap-lock"), CrossCounters::mapped)
                    .register(reuse("file-lock"), CrossCounters::mapped)
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
