package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.MechanismRef.reuse;
import static dev.sharebench.core.workload.Mechanisms.BOUNDED_BLOCKING_QUEUE;
import static dev.sharebench.core.workload.Mechanisms.LOCK_GUARDED_GLOBAL;
import static dev.sharebench.core.workload.Mechanisms.THREAD_LOCAL_STATE;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.lock.SharedLockedScratch;
import dev.sharebench.core.queue.QueuePoolScratch;
import dev.sharebench.core.threadlocal.NewPerCallScratch;
import dev.sharebench.core.threadlocal.ScopedValueScratch;
import dev.sharebench.core.threadlocal.ThreadLocalScratch;
import java.util.function.Supplier;

/**
 * Workload 3, a scratch object that is not thread-safe: the one alias-to-{@link Scratch} mapping.
 * {@code FACTORY} creates a {@code Scratch<?>}; {@link #create} types it by its instance supplier.
 */
public final class Scratches {

    public static final Factory<ScratchArgs, Scratch<?>> FACTORY =
            Factory.<ScratchArgs, Scratch<?>>builder("Scratch", ScratchArgs::check)
                    .register(reuse("thread-local"), (alias, a) -> new ThreadLocalScratch<>(a.instances()))
                    .register(define("scoped-value", Family.THREAD_LOCAL, "ScopedValue binding (JDK 25): immutable per-scope state", THREAD_LOCAL_STATE),
                            (alias, a) -> new ScopedValueScratch<>(a.instances()))
                    .register(define("shared-locked", Family.LOCK, "one shared scratch instance used under a lock", LOCK_GUARDED_GLOBAL),
                            (alias, a) -> new SharedLockedScratch<>(a.instances().get()))
                    .register(define("new-per-call", Family.THREAD_LOCAL, "no sharing at all: a fresh instance for every call", THREAD_LOCAL_STATE),
                            (alias, a) -> new NewPerCallScratch<>(a.instances()))
                    .register(define("queue-pool", Family.QUEUE, "a pool of scratch instances borrowed from and returned to a queue", BOUNDED_BLOCKING_QUEUE),
                            (alias, a) -> new QueuePoolScratch<>(a.instances(), a.parties()))
                    .build();

    private Scratches() {
    }

    /**
     * A new scratch provider of {@code instances}' type.
     *
     * @param parties threads that use it at once (>= 1): the size of {@code queue-pool}'s pool
     */
    @SuppressWarnings("unchecked") // every maker wraps instances from the supplier it is given
    public static <T> Scratch<T> create(String alias, Supplier<T> instances, int parties) {
        return (Scratch<T>) FACTORY.create(alias, new ScratchArgs(instances, parties));
    }
}
