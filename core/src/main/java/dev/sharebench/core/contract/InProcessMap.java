package dev.sharebench.core.contract;

import java.util.Map;

/**
 * The in-process shared map's contract (MapBench): the guides' first example, a dict handed to
 * threads, which every thread reads and writes. Not the cross-process {@link SharedMapWorkload}.
 *
 * <p>{@link #get} and {@link #put} may be called from any thread at any time. What a {@code get}
 * sees of other threads' puts depends on the mechanism: every shared one sees every put that
 * completed before it; {@code per-thread-maps} sees only the calling thread's own puts (its point:
 * no sharing while working, one merge at the end). {@link #snapshot} is exact, for every mechanism,
 * once every put that happened-before it has returned (a benchmark's iteration end, a
 * {@code Thread.join}). Keys and values must not be null. Create one with {@code workload.Maps}.
 *
 * @param <K> key type
 * @param <V> value type
 */
public interface InProcessMap<K, V> extends AutoCloseable {

    /** The value of {@code key} as this thread may see it (see the class comment), or null if none. */
    V get(K key);

    /** Maps {@code key} to {@code value}, from any thread. */
    void put(K key, V value);

    /**
     * Every entry, as one map the caller may keep (a copy or an unmodifiable view that never
     * changes); for {@code per-thread-maps} the merge of every thread's map.
     */
    Map<K, V> snapshot();

    /** The registry alias of this mechanism. */
    String alias();

    /** Releases what the map holds; the default holds nothing to release. */
    @Override
    default void close() {
    }
}
