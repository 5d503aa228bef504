package dev.sharebench.core.queue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code lock-condition-deque}: the hand-written bounded buffer from every concurrency textbook, a
 * plain {@link ArrayDeque} guarded by one lock with notEmpty/notFull conditions. It is what
 * {@code ArrayBlockingQueue} does internally, spelled out, with a growable deque as storage.
 */
public final class LockConditionDeque implements Handoff {

    private final String alias;
    private final WaitStrategy wait;
    private final int capacity;
    private final ArrayDeque<Long> items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();

    public LockConditionDeque(String alias, int capacity, WaitStrategy wait) {
        this.alias = alias;
        this.wait = wait;
        this.capacity = capacity;
        this.items = new ArrayDeque<>(capacity);
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public WaitStrategy waitStrategy() {
        return wait;
    }

    @Override
    public boolean hasBlocking() {
        return true;
    }

    @Override
    public boolean offer(long item) {
        lock.lock();
        try {
            if (items.size() == capacity) {
                return false;
            }
            items.addLast(item);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long poll() {
        lock.lock();
        try {
            Long item = items.pollFirst();
            if (item == null) {
                return NONE;
            }
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean put(long item, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.size() == capacity) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            items.addLast(item);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long take(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (nanos <= 0) {
                    return NONE;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            long item = items.pollFirst();
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }
}
