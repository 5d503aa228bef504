package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code per-thread-maps}: no shared map while working. Each thread gets its own {@link HashMap}
 * (through a {@link ThreadLocal}, registered once) and reads and writes only that one;
 * {@link #snapshot} merges them. The guides' alternative to sharing: work apart, combine at the end.
 *
 * <p>The semantics differ from every shared map, and the numbers mean nothing without them: a
 * {@code get} sees only the calling thread's own puts, never another thread's, until the merge; and
 * the merge is exact only after every put happened-before it (a join, an iteration end). When two
 * threads put the same key, the merge keeps the value of the thread that registered later. So it
 * fits work that partitions its keys by thread, or whose per-thread results combine at the end.
 */
public final class PerThreadMaps<K, V> implements InProcessMap<K, V> {

    private final int expectedKeys;
    private final Queue<HashMap<K, V>> maps = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<HashMap<K, V>> mine = ThreadLocal.withInitial(this::register);

    /** @param expectedKeys sizes each thread's table so that this many keys fit without a resize */
    public PerThreadMaps(int expectedKeys) {
        this.expectedKeys = expectedKeys;
    }

    private HashMap<K, V> register() {
        HashMap<K, V> m = HashMap.newHashMap(expectedKeys);
        maps.add(m);
        return m;
    }

    @Override
    public V get(K key) {
        return mine.get().get(key);
    }

    @Override
    public void put(K key, V value) {
        mine.get().put(key, value);
    }

    @Override
    public Map<K, V> snapshot() {
        HashMap<K, V> merged = HashMap.newHashMap(expectedKeys);
        maps.forEach(merged::putAll);
        return merged;
    }

    @Override
    public String alias() {
        return "per-thread-maps";
    }
}
