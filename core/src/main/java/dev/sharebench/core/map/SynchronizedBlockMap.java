package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code synchronized-hashmap}: a plain {@link HashMap}, every access inside a {@code synchronized}
 * block on one lock object. The textbook "global plus a lock": correct, and every reader waits for
 * every other reader and writer.
 */
public final class SynchronizedBlockMap<K, V> implements InProcessMap<K, V> {

    private final Object lock = new Object();
    private final HashMap<K, V> map;

    /** @param expectedKeys sizes the table so that this many keys fit without a resize */
    public SynchronizedBlockMap(int expectedKeys) {
        this.map = HashMap.newHashMap(expectedKeys);
    }

    @Override
    public V get(K key) {
        synchronized (lock) {
            return map.get(key);
        }
    }

    @Override
    public void put(K key, V value) {
        synchronized (lock) {
            map.put(key, value);
        }
    }

    @Override
    public Map<K, V> snapshot() {
        synchronized (lock) {
            return new HashMap<>(map);
        }
    }

    @Override
    public String alias() {
        return "synchronized-hashmap";
    }
}
