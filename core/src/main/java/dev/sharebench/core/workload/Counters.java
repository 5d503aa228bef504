package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.MechanismRef.reuse;
import static dev.sharebench.core.workload.Mechanisms.BOUNDED_BLOCKING_QUEUE;
import static dev.sharebench.core.workload.Mechanisms.LOCK_GUARDED_GLOBAL;
import static dev.sharebench.core.workload.Mechanisms.THREAD_LOCAL_STATE;

import dev.sharebench.core.Family;
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
                    .register(define("synchronized", Family.LOCK, "a long field guarded by a synchronized block (monitor)", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new SynchronizedCounter())
                    .register(define("reentrant-lock", Family.LOCK, "a long field guarded by java.util.concurrent.locks.ReentrantLock", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new ReentrantLockCounter())
                    .register(define("stamped-lock", Family.LOCK, "a long field guarded by StampedLock's write lock", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new StampedLockCounter())
                    .register(define("atomic-long", Family.LOCK, "AtomicLong.getAndAdd: one contended cache line, no lock", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new AtomicLongCounter())
                    .register(define("long-adder", Family.LOCK, "LongAdder: striped cells, summed on read", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new LongAdderCounter())
                    .register(reuse("offheap-segment"), (alias, a) -> new SegmentCounter())
                    .register(define("thread-local", Family.THREAD_LOCAL, "ThreadLocal state: accumulate per thread, merge on read", THREAD_LOCAL_STATE),
                            (alias, a) -> new ThreadLocalCounter())
                    .register(define("queue-to-owner", Family.QUEUE, "deltas sent through a queue to the one thread that owns the total", BOUNDED_BLOCKING_QUEUE),
                            (alias, a) -> new QueueToOwnerCounter(a.parties()))
                    .build();

    private Counters() {
    }

    /** {@code FACTORY.create(alias, new CounterArgs(parties))}. */
    public static SharedCounter create(String alias, int parties) {
        return FACTORY.create(alias, new CounterArgs(parties));
    }
}
