package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code copy-on-write-map}: the current map is immutable and published through an
 * {@link AtomicReference}; a get is one volatile read plus a lookup, with no lock and no shared
 * write. A put copies the whole map, changes the copy and swaps it in with a CAS, copying again if
 * another writer swapped first. Reads cost next to nothing; each write costs a copy of every entry,
 * so the mix of reads and writes decides everything.
 *
 * <p>NOTE: "immutable" by construction, not by type: each published {@link HashMap} is never written
 * after the CAS that publishes it (wrapping it in an unmodifiable view would add an indirection to
 * every read). {@link #snapshot} hands out such a view.
 */
public final class CopyOnWriteMap<K, V> implements InProcessMap<K, V> {

    private final int expectedKeys;
    private final AtomicReference<HashMap<K, V>> current;

    /** @param expectedKeys sizes each copy so that this many keys fit without a resize */
    public CopyOnWriteMap(int expectedKeys) {
        this.expectedKeys = expectedKeys;
        this.current = new AtomicReference<>(HashMap.newHashMap(expectedKeys));
    }

    @Override
    public V get(K key) {
        return current.get().get(key);
    }

    @Override
    public void put(K key, V value) {
        while (true) {
            HashMap<K, V> old = current.get();
            HashMap<K, V> copy = HashMap.newHashMap(Math.max(expectedKeys, old.size() + 1));
            copy.putAll(old);
            copy.put(key, value);
            if (current.compareAndSet(old, copy)) {
                return;
            }
        }
    }

    @Override
    public Map<K, V> snapshot() {
        return Collections.unmodifiableMap(current.get());
    }

    @Override
    public String alias() {
        return "copy-on-write-map";
    }
}
