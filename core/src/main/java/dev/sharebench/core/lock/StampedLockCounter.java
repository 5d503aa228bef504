package dev.sharebench.core.lock;

import dev.sharebench.core.contract.SharedCounter;
import java.util.concurrent.locks.StampedLock;

/**
 * {@code stamped-lock}: writers take the write lock; the reader tries an optimistic read first and
 * falls back to the read lock when a writer got in between (StampedLock's documented idiom).
 */
public final class StampedLockCounter implements SharedCounter {

    private final StampedLock lock = new StampedLock();
    private long total;

    @Override
    public void add(long delta) {
        long stamp = lock.writeLock();
        try {
            total += delta;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public long sum() {
        long stamp = lock.tryOptimisticRead();
        long seen = total;
        if (lock.validate(stamp)) {
            return seen;
        }
        stamp = lock.readLock();
        try {
            return total;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public String alias() {
        return "stamped-lock";
    }
}
