package dev.sharebench.core.queue;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;

/**
 * {@code disruptor}: the LMAX Disruptor 4 {@link RingBuffer} (single-producer sequencer) used as an
 * SPSC queue of preallocated events holding a primitive long.
 *
 * <p>NOTE: the usual Disruptor setup runs an EventHandler on a thread the Disruptor owns, waiting with
 * its own WaitStrategy. Here the consumer is the caller's thread: it reads the published cursor,
 * takes one event and moves its gating {@link Sequence} on (what a BatchEventProcessor does, one
 * event at a time), so it waits with the suite's {@link WaitStrategy} like every other poll loop.
 * The Disruptor's wait strategy below is therefore never used for waiting.
 */
public final class DisruptorHandoff implements Handoff {

    /** The preallocated slot: the producer writes the value, the consumer reads it. */
    static final class LongEvent {
        long value;
    }

    private final String alias;
    private final WaitStrategy wait;
    private final RingBuffer<LongEvent> ring;
    /**
     * Consumer-owned progress, padded: kept in this object, it would share a cache line with the
     * fields the producer reads on every offer ({@code ring}), and bounce between the cores.
     */
    private static final class ConsumerSide {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long nextToRead;        // next sequence to read
        long cachedCursor = -1; // last published sequence seen
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;
    }

    private final Sequence consumed = new Sequence(); // starts at -1: nothing consumed yet
    private final ConsumerSide consumer = new ConsumerSide();

    public DisruptorHandoff(String alias, int capacity, WaitStrategy wait) {
        this.alias = alias;
        this.wait = wait;
        this.ring = RingBuffer.createSingleProducer(LongEvent::new, capacity, new BusySpinWaitStrategy());
        this.ring.addGatingSequences(consumed);
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
        if (!ring.hasAvailableCapacity(1)) {
            return false;
        }
        long seq = ring.next();
        ring.get(seq).value = item;
        ring.publish(seq);
        return true;
    }

    @Override
    public long poll() {
        ConsumerSide c = consumer;
        long next = c.nextToRead;
        if (next > c.cachedCursor) {
            c.cachedCursor = ring.getCursor();
            if (next > c.cachedCursor) {
                return NONE;
            }
        }
        long item = ring.get(next).value;
        consumed.set(next); // release: the producer may now reuse the slot
        c.nextToRead = next + 1;
        return item;
    }
}
