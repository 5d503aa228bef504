package dev.sharebench.core.lock;

import dev.sharebench.core.contract.Scratch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@code shared-locked}: one instance for everybody, used under a lock. One allocation ever, but
 * every operation holds the lock for its whole duration, so threads run one at a time.
 */
public final class SharedLockedScratch<T> implements Scratch<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final T shared;

    public SharedLockedScratch(T shared) {
        this.shared = shared;
    }

    @Override
    public String alias() {
        return "shared-locked";
    }

    @Override
    public <R> R use(Function<T, R> op) {
        lock.lock();
        try {
            return op.apply(shared);
        } finally {
            lock.unlock();
        }
    }
}
