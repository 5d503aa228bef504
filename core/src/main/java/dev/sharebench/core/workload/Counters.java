package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.lock.AtomicLongCounter;
import dev.sharebench.core.lock.LongAdderCounter;
import dev.sharebench.core.lock.ReentrantLockCounter;
import dev.sharebench.core.lock.StampedLockCounter;
import dev.sharebench.core.lock.SynchronizedCounter;
import dev.sharebench.core.offheap.SegmentCounter;
import dev.sharebench.core.queue.QueueToOwnerCounter;
import dev.sharebench.core.threadlocal.ThreadLocalCounter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/** The one alias-to-counter mapping of the suite (workload 1). */
public final class Counters {

    private static final Map<String, IntFunction<SharedCounter>> FACTORIES = new LinkedHashMap<>();

    static {
        register("synchronized", parties -> new SynchronizedCounter());
        register("reentrant-lock", parties -> new ReentrantLockCounter());
        register("stamped-lock", parties -> new StampedLockCounter());
        register("atomic-long", parties -> new AtomicLongCounter());
        register("long-adder", parties -> new LongAdderCounter());
        register("offheap-segment", parties -> new SegmentCounter());
        register("thread-local", parties -> new ThreadLocalCounter());
        register("queue-to-owner", QueueToOwnerCounter::new);
    }

    private Counters() {
    }

    private static void register(String alias, IntFunction<SharedCounter> factory) {
        Mechanisms.get(alias); // fails at class init if the alias is not in the registry
        FACTORIES.put(alias, factory);
    }

    /** Every alias this factory can create, in a stable order. */
    public static Set<String> aliases() {
        return FACTORIES.keySet();
    }

    /**
     * A new counter.
     *
     * @param alias   a registry alias from {@link #aliases()}
     * @param parties how many threads will add concurrently (>= 1); sizes the owner's queue of
     *                {@code queue-to-owner}, ignored by the others
     */
    public static SharedCounter create(String alias, int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1, was " + parties);
        }
        IntFunction<SharedCounter> f = FACTORIES.get(alias);
        if (f == null) {
            Mechanisms.get(alias); // unknown alias: names the known ones
            throw new UnknownMechanismException(alias, "SharedCounter", FACTORIES.keySet());
        }
        return f.apply(parties);
    }
}
