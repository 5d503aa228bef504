package dev.sharebench.core.offheap;

import static dev.sharebench.core.offheap.SpscRingLayout.HEAD;
import static dev.sharebench.core.offheap.SpscRingLayout.HEAD_CACHE;
import static dev.sharebench.core.offheap.SpscRingLayout.TAIL;
import static dev.sharebench.core.offheap.SpscRingLayout.TAIL_CACHE;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * {@code offheap-spsc-ring}: our single-producer single-consumer ring of longs in a
 * {@link MemorySegment} from a shared {@link Arena} (layout: {@link SpscRingLayout}). Nothing in it
 * is a Java object, so the same code works over a file mapping shared by two processes.
 *
 * <p>Protocol (Lamport's ring with cached indices):
 * <pre>
 *   producer: if tail - headCache == capacity: headCache = head (acquire); still full -> fail
 *             slot[tail] = item (plain); tail = tail + 1 (release: publishes the slot)
 *   consumer: if head == tailCache: tailCache = tail (acquire); still empty -> fail
 *             item = slot[head] (plain); head = head + 1 (release: frees the slot)
 * </pre>
 * Exactly one thread may offer and one may poll; that is the contract, nothing checks it.
 *
 * <p>NOTE: JCTools' SpscArrayQueue goes further: its consumer tests the slot for null instead of
 * reading the producer's index (the FastFlow idea), and its producer looks several slots ahead.
 * A ring of primitive longs has no null, so this one re-reads the tail whenever its cached copy
 * runs out: when the consumer keeps up with the producer, that is once per item.
 */
public final class OffHeapSpscRing implements Handoff {

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final String alias;
    private final WaitStrategy wait;
    private final int capacity;
    private final int mask;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment ring;

    public OffHeapSpscRing(String alias, int capacity, WaitStrategy wait) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= 2, was " + capacity);
        }
        this.alias = alias;
        this.wait = wait;
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.ring = arena.allocate(SpscRingLayout.bytesFor(capacity), SpscRingLayout.LINE); // zeroed
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
    public boolean offer(long item) {
        long tail = (long) LONG.get(ring, TAIL); // own index: plain
        long headCache = (long) LONG.get(ring, HEAD_CACHE);
        if (tail - headCache == capacity) {
            headCache = (long) LONG.getAcquire(ring, HEAD);
            LONG.set(ring, HEAD_CACHE, headCache);
            if (tail - headCache == capacity) {
                return false;
            }
        }
        LONG.set(ring, SpscRingLayout.slotOffset(tail, mask), item);
        LONG.setRelease(ring, TAIL, tail + 1);
        return true;
    }

    @Override
    public long poll() {
        long head = (long) LONG.get(ring, HEAD);
        long tailCache = (long) LONG.get(ring, TAIL_CACHE);
        if (head == tailCache) {
            tailCache = (long) LONG.getAcquire(ring, TAIL);
            LONG.set(ring, TAIL_CACHE, tailCache);
            if (head == tailCache) {
                return NONE;
            }
        }
        long item = (long) LONG.get(ring, SpscRingLayout.slotOffset(head, mask));
        LONG.setRelease(ring, HEAD, head + 1);
        return item;
    }

    @Override
    public void close() {
        arena.close();
    }
}
