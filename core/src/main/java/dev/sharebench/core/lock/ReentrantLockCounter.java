package dev.sharebench.core.lock;

import dev.sharebench.core.contract.SharedCounter;
import java.util.concurrent.locks.ReentrantLock;

/** {@code reentrant-lock}: the same global, guarded by a non-fair {@link ReentrantLock}. */
public final class ReentrantLockCounter implements SharedCounter {

    private final ReentrantLock lock = new ReentrantLock();
    private long total;

    @Override
    public void add(long delta) {
        lock.lock();
        try {
            total += delta;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long sum() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String alias() {
        return "reentrant-lock";
    }
}
