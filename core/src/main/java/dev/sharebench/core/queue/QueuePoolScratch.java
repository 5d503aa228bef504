package dev.sharebench.core.queue;

import dev.sharebench.core.contract.Scratch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code queue-pool}: a fixed set of instances in a {@link BlockingQueue}; an operation borrows
 * one (blocking if all are out) and returns it. Works the same on platform and virtual threads;
 * costs two queue operations (a lock each) per use.
 */
public final class QueuePoolScratch<T> implements Scratch<T> {

    private final BlockingQueue<T> pool;

    public QueuePoolScratch(Supplier<T> factory, int size) {
        this.pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(factory.get());
        }
    }

    @Override
    public String alias() {
        return "queue-pool";
    }

    @Override
    public <R> R use(Function<T, R> op) {
        T item;
        try {
            item = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue-pool: interrupted while borrowing a scratch instance", e);
        }
        try {
            return op.apply(item);
        } finally {
            pool.add(item); // never full: only borrowed instances come back
        }
    }
}
