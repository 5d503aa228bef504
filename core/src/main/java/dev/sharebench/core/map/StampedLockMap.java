package dev.sharebench.core.map;

import dev.sharebench.core.contract.InProcessMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

/**
 * {@code stamped-map}: a {@link HashMap} behind a {@link StampedLock}. Writers take the write lock. A
 * reader first reads optimistically, without writing anything shared, and keeps the result only if
 * {@link StampedLock#validate} says no writer got in between; otherwise it reads again under the
 * read lock (StampedLock's documented idiom). Read-mostly work therefore scales across cores, as
 * long as writes are rare enough that few optimistic reads fail.
 *
 * <p>NOTE: the optimistic read runs {@code HashMap.get} while a writer may be changing the map, which
 * the idiom allows only for reads that tolerate inconsistency. {@code HashMap} (JDK 8 and later)
 * never links its nodes into a cycle, even mid-put or mid-resize, so such a torn read ends: it
 * returns a wrong value or throws, and both are discarded because {@code validate} then fails. An
 * exception while no writer intervened is a real one and is rethrown. The table is sized up front,
 * so no resize happens at the sizes the benchmark uses.
 */
public final class StampedLockMap<K, V> implements InProcessMap<K, V> {

    private final StampedLock lock = new StampedLock();
    private final HashMap<K, V> map;

    /** @param expectedKeys sizes the table so that this many keys fit without a resize */
    public StampedLockMap(int expectedKeys) {
        this.map = HashMap.newHashMap(expectedKeys);
    }

    @Override
    public V get(K key) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0L) {
            try {
                V seen = map.get(key);
                if (lock.validate(stamp)) {
                    return seen;
                }
            } catch (RuntimeException torn) {
                if (lock.validate(stamp)) {
                    throw torn;
                }
            }
        }
        stamp = lock.readLock();
        try {
            return map.get(key);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void put(K key, V value) {
        long stamp = lock.writeLock();
        try {
            map.put(key, value);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public Map<K, V> snapshot() {
        long stamp = lock.readLock();
        try {
            return new HashMap<>(map);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public String alias() {
        return "stamped-map";
    }
}
