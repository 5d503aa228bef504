package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code rwlock-map}: a {@link HashMap} behind a {@link ReentrantReadWriteLock} (non-fair). Readers
 * share the read lock, writers exclude everyone. Taking the read lock still writes the lock's
 * shared reader count (a CAS), so two readers on two cores bounce that cache line even though
 * neither waits for the other.
 */
public final class ReadWriteLockMap<K, V> implements InProcessMap<K, V> {

    private final HashMap<K, V> map;
    private final Lock read;
    private final Lock write;

    /** @param expectedKeys sizes the table so that this many keys fit without a resize */
    public ReadWriteLockMap(int expectedKeys) {
        this.map = HashMap.newHashMap(expectedKeys);
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        this.read = lock.readLock();
        this.write = lock.writeLock();
    }

    @Override
    public V get(K key) {
        read.lock();
        try {
            return map.get(key);
        } finally {
            read.unlock();
        }
    }

    @Override
    public void put(K key, V value) {
        write.lock();
        try {
            map.put(key, value);
        } finally {
            write.unlock();
        }
    }

    @Override
    public Map<K, V> snapshot() {
        read.lock();
        try {
            return new HashMap<>(map);
        } finally {
            read.unlock();
        }
    }

    @Override
    public String alias() {
        return "rwlock-map";
    }
}
