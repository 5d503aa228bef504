package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code concurrent-hashmap}: {@link ConcurrentHashMap}. A get takes no lock (volatile reads of the
 * table and the bin); a put CASes an empty bin or locks only the bin's first node, so threads on
 * different keys rarely wait for each other.
 */
public final class ConcurrentHashMapAdapter<K, V> implements InProcessMap<K, V> {

    private final ConcurrentHashMap<K, V> map;

    /** @param expectedKeys sizes the table so that this many keys fit without a resize */
    public ConcurrentHashMapAdapter(int expectedKeys) {
        this.map = new ConcurrentHashMap<>(expectedKeys);
    }

    @Override
    public V get(K key) {
        return map.get(key);
    }

    @Override
    public void put(K key, V value) {
        map.put(key, value);
    }

    @Override
    public Map<K, V> snapshot() {
        return new HashMap<>(map);
    }

    @Override
    public String alias() {
        return "concurrent-hashmap";
    }
}
