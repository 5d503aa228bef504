package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.GLOBAL_DICT_FOR_THREADS;
import static dev.sharebench.core.workload.Mechanisms.THREAD_LOCAL_STATE;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.InProcessMap;
import dev.sharebench.core.map.ConcurrentHashMapAdapter;
import dev.sharebench.core.map.CopyOnWriteMap;
import dev.sharebench.core.map.PerThreadMaps;
import dev.sharebench.core.map.ReadWriteLockMap;
import dev.sharebench.core.map.StampedLockMap;
import dev.sharebench.core.map.SynchronizedBlockMap;
import dev.sharebench.core.map.SynchronizedWrapperMap;

/**
 * The in-process shared map (MapBench): the one alias-to-{@link InProcessMap} mapping.
 * {@code FACTORY} creates an {@code InProcessMap<?, ?>}; {@link #create} types it for the caller
 * (every maker creates an empty map, so any key and value type fits).
 */
public final class Maps {

    public static final Factory<MapArgs, InProcessMap<?, ?>> FACTORY =
            Factory.<MapArgs, InProcessMap<?, ?>>builder("InProcessMap", MapArgs::check)
                    .register(define("synchronized-hashmap", Family.MAP, "a HashMap accessed only inside synchronized blocks on one lock", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new SynchronizedBlockMap<>(a.expectedKeys()))
                    .register(define("synchronized-map", Family.MAP, "Collections.synchronizedMap around a HashMap", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new SynchronizedWrapperMap<>(a.expectedKeys()))
                    .register(define("concurrent-hashmap", Family.MAP, "ConcurrentHashMap: lock-free reads, writes lock one bin", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new ConcurrentHashMapAdapter<>(a.expectedKeys()))
                    .register(define("rwlock-map", Family.MAP, "a HashMap behind a ReentrantReadWriteLock", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new ReadWriteLockMap<>(a.expectedKeys()))
                    .register(define("stamped-map", Family.MAP, "a HashMap behind a StampedLock: optimistic reads, read lock on conflict", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new StampedLockMap<>(a.expectedKeys()))
                    .register(define("copy-on-write-map", Family.MAP, "an immutable map swapped through an AtomicReference: a full copy per write", GLOBAL_DICT_FOR_THREADS),
                            (alias, a) -> new CopyOnWriteMap<>(a.expectedKeys()))
                    .register(define("per-thread-maps", Family.MAP, "a HashMap per thread, merged on snapshot: reads see only the thread's own writes", THREAD_LOCAL_STATE),
                            (alias, a) -> new PerThreadMaps<>(a.expectedKeys()))
                    .build();

    private Maps() {
    }

    /** {@code FACTORY.create(alias, new MapArgs(expectedKeys))}, typed for the caller. */
    @SuppressWarnings("unchecked") // every maker creates an empty map of any key and value type
    public static <K, V> InProcessMap<K, V> create(String alias, int expectedKeys) {
        return (InProcessMap<K, V>) FACTORY.create(alias, new MapArgs(expectedKeys));
    }
}
