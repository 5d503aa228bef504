package dev.sharebench.core.queue;

import dev.sharebench.core.wait.WaitStrategy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TransferQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A handoff over an UNBOUNDED queue ({@code concurrent-linked-queue}, {@code linked-transfer-queue})
 * with an in-flight cap of {@code capacity} items, so a producer that outruns its consumer gets
 * "full" like it would from a bounded queue instead of filling the heap during a benchmark.
 *
 * <p>NOTE: the cap is ours, not the JDK's. It is kept SPSC-cheap, the way the rings keep their
 * indices: the consumer publishes its count with a release store per item; the producer reads it
 * only when its cached copy says "full". {@code linked-transfer-queue}'s own blocking call is
 * {@code poll(timeout)} (the consumer side); a capped producer waits by timed parking, since an
 * unbounded queue has no blocking put of its own.
 */
public final class CappedQueueHandoff extends QueueHandoff {

    private static final VarHandle POLLED;

    static {
        try {
            POLLED = MethodHandles.lookup().findVarHandle(ConsumerSide.class, "polled", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Producer-owned counters, padded off the consumer's line. */
    private static final class ProducerSide {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long offered;
        long polledCache;
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;
    }

    /** Consumer-owned count of items taken, read by the producer. */
    private static final class ConsumerSide {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long polled;
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;
    }

    private final int capacity;
    private final TransferQueue<Long> transfer; // null unless the queue has a blocking poll
    private final ProducerSide producer = new ProducerSide();
    private final ConsumerSide consumer = new ConsumerSide();

    public CappedQueueHandoff(String alias, Queue<Long> queue, int capacity, WaitStrategy wait) {
        super(alias, queue, wait);
        this.capacity = capacity;
        this.transfer = queue instanceof TransferQueue<Long> t ? t : null;
    }

    private boolean hasRoom() {
        ProducerSide p = producer;
        if (p.offered - p.polledCache < capacity) {
            return true;
        }
        p.polledCache = (long) POLLED.getAcquire(consumer);
        return p.offered - p.polledCache < capacity;
    }

    @Override
    public boolean offer(long item) {
        if (!hasRoom()) {
            return false;
        }
        queue.offer(item); // unbounded: always succeeds
        producer.offered++;
        return true;
    }

    @Override
    public long poll() {
        return counted(queue.poll());
    }

    private long counted(Long item) {
        if (item == null) {
            return NONE;
        }
        ConsumerSide c = consumer;
        POLLED.setRelease(c, c.polled + 1);
        return item;
    }

    @Override
    public boolean hasBlocking() {
        return transfer != null;
    }

    @Override
    public boolean put(long item, long timeout, TimeUnit unit) {
        requireBlocking();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!offer(item)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(WaitStrategy.PARK_NANOS);
        }
        return true;
    }

    @Override
    public long take(long timeout, TimeUnit unit) throws InterruptedException {
        requireBlocking();
        return counted(transfer.poll(timeout, unit));
    }

    private void requireBlocking() {
        if (transfer == null) {
            throw new UnsupportedOperationException(alias() + " has no blocking take");
        }
    }
}
