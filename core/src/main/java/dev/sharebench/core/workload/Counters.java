package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.lock.AtomicLongCounter;
import dev.sharebench.core.lock.LongAdderCounter;
import dev.sharebench.core.lock.ReentrantLockCounter;
import dev.sharebench.core.lock.StampedLockCounter;
import dev.sharebench.core.lock.SynchronizedCounter;
import dev.sharebench.core.offheap.SegmentCounter;
import dev.sharebench.core.queue.QueueToOwnerCounter;
import dev.sharebench.core.threadlocal.ThreadLocalCounter;

/** Workload 1, many threads add to one total: the one alias-to-{@link SharedCounter} mapping. */
public final class Counters {

    public static final Factory<CounterArgs, SharedCounter> FACTORY =
            Factory.<CounterArgs, SharedCounter>builder("SharedCounter", CounterArgs::check)
                    .register(reuse("synchronized"), (alias, a) -> new SynchronizedCounter())
                    .register(reuse("reentrant-lock"), (alias, a) -> new ReentrantLockCounter())
                    .register(reuse("stamped-lock"), (alias, a) -> new StampedLockCounter())
                    .register(reuse("atomic-long"), (alias, a) -> new AtomicLongCounter())
                    .register(reuse("long-adder"), (alias, a) -> new LongAdderCounter())
                    .register(reuse("offheap-segment"), (alias, a) -> new SegmentCounter())
                    .register(reuse("thread-local"), (alias, a) -> new ThreadLocalCounter())
                    .register(reuse("queue-to-owner"), (alias, a) -> new QueueToOwnerCounter(a.parties()))
                    .build();

    private Counters() {
    }

    /** {@code FACTORY.create(alias, new CounterArgs(parties))}. */
    public static SharedCounter create(String alias, int parties) {
        return FACTORY.create(alias, new CounterArgs(parties));
    }
}
