package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code synchronized-map}: {@link Collections#synchronizedMap} around a {@link HashMap}, the JDK's
 * ready-made version of {@code synchronized-hashmap} (each call synchronizes on the wrapper). As its
 * Javadoc demands, iteration (here: the snapshot) holds the wrapper's monitor too.
 */
public final class SynchronizedWrapperMap<K, V> implements InProcessMap<K, V> {

    private final Map<K, V> map;

    /** @param expectedKeys sizes the table so that this many keys fit without a resize */
    public SynchronizedWrapperMap(int expectedKeys) {
        this.map = Collections.synchronizedMap(HashMap.newHashMap(expectedKeys));
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
        synchronized (map) {
            return new HashMap<>(map);
        }
    }

    @Override
    public String alias() {
        return "synchronized-map";
    }
}
