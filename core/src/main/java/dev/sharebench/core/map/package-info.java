/**
 * Family {@code map}: one map shared by the threads of one JVM, the guides' "global dict handed to
 * threads", guarded in each of the classic ways: a monitor around a {@code HashMap}
 * ({@code synchronized-hashmap}) or the JDK's wrapper that does the same ({@code synchronized-map}),
 * {@code ConcurrentHashMap} ({@code concurrent-hashmap}), a read-write lock ({@code rwlock-map}), a
 * {@code StampedLock} with optimistic reads ({@code stamped-map}), an immutable map swapped on every
 * write ({@code copy-on-write-map}), and no sharing at all until a merge ({@code per-thread-maps}).
 * Each implements {@link dev.sharebench.core.contract.InProcessMap}.
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.map;
