package dev.sharebench.core.load;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.nativeos.Affinity;
import java.util.BitSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Load on an in-process handoff (HandoffBench's mechanisms): the caller's thread produces, a
 * consumer thread of this driver ({@code sharebench-load-consumer-<alias>}) receives, checks the
 * sequence and records each item's latency from its due time to its receipt.
 *
 * <p>Each item carries its own due time and sequence number, so the consumer needs no shared
 * schedule:
 * <pre>
 *   bit 63   62 ..................... 20  19 ........... 0
 *   +-----+------------------------------+----------------+
 *   |  0  | due time, ns since the epoch |  seq mod 2^20  |
 *   +-----+------------------------------+----------------+
 * </pre>
 * (an item is >= 0, as the contract wants; 43 bits of ns last 2.4 hours). The consumer fails on any
 * item whose sequence is not the next one (lost, duplicated or reordered), and {@link #end()} fails
 * unless it received exactly what was sent.
 */
public final class HandoffLoad extends PacedLoad {

    static final int SEQ_BITS = 20;
    static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    private static final long MAX_OFFSET = (1L << (63 - SEQ_BITS)) - 1;
    /** How long {@link #end()} waits for the consumer to catch up before it calls the items lost. */
    private static final long DRAIN_TIMEOUT_NANOS = 10_000_000_000L;

    private final Handoff handoff;
    private final long epoch = System.nanoTime();
    private final SingleWriterRecorder latency = Latencies.recorder();
    private final AtomicLong received = new AtomicLong();
    private final Thread consumer;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final BooleanSupplier consumerStop = () -> !running;
    private final BooleanSupplier producerStop;
    private long sent;
    private long sentAtBegin;

    /**
     * @param handoff     the mechanism (the caller closes it, after this driver)
     * @param consumerCpu the CPU the consumer pins itself to, or -1 for none
     */
    public HandoffLoad(Handoff handoff, int consumerCpu) {
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.consumer = Thread.ofPlatform().daemon().name("sharebench-load-consumer-" + handoff.alias())
                .start(() -> consume(consumerCpu));
        this.producerStop = () -> failure != null || !consumer.isAlive();
    }

    @Override
    public String mechanism() {
        return handoff.alias();
    }

    private void consume(int cpu) {
        try {
            if (cpu >= 0 && Affinity.available()) {
                BitSet one = new BitSet();
                one.set(cpu);
                Affinity.pinCurrentThread(one);
            }
            long expected = 0;
            while (running) {
                long item = handoff.receive(consumerStop);
                if (item == Handoff.NONE) {
                    return;
                }
                long now = System.nanoTime();
                if ((item & SEQ_MASK) != (expected & SEQ_MASK)) {
                    throw new IllegalStateException(mechanism() + ": consumer expected item " + expected + " (mod 2^" + SEQ_BITS
                            + ": " + (expected & SEQ_MASK) + ") but received sequence " + (item & SEQ_MASK));
                }
                Latencies.record(latency, now - (epoch + (item >>> SEQ_BITS)));
                received.lazySet(++expected);
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    @Override
    void resetInterval() {
        requireHealthy();
        drain(); // everything of the last interval is recorded before its histogram is dropped
        latency.getIntervalHistogram();
        sentAtBegin = sent;
    }

    @Override
    void send(long due) {
        long offset = due - epoch;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalStateException(mechanism() + ": due time " + offset + " ns after the driver started does not fit an item");
        }
        long item = (offset << SEQ_BITS) | (sent & SEQ_MASK);
        boolean handed;
        try {
            handed = handoff.send(item, producerStop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(mechanism() + ": interrupted while sending item " + sent, e);
        }
        if (!handed) {
            throw failed("item " + sent + " not accepted");
        }
        sent++;
    }

    @Override
    LoadInterval finishInterval(LoadMode mode, double offeredRate, double seconds) {
        drain();
        return new LoadInterval(mode, offeredRate, sent - sentAtBegin, seconds, latency.getIntervalHistogram(), null);
    }

    /** Waits until the consumer has received every item sent; fails if it does not within the timeout. */
    private void drain() {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (received.get() != sent) {
            requireHealthy();
            if (System.nanoTime() > deadline) {
                throw failed("consumer received " + received.get() + " of " + sent + " items within " + DRAIN_TIMEOUT_NANOS / 1_000_000 + " ms");
            }
            Thread.onSpinWait();
        }
        requireHealthy();
    }

    private void requireHealthy() {
        if (failure != null || !consumer.isAlive()) {
            throw failed("consumer stopped");
        }
    }

    private IllegalStateException failed(String what) {
        return new IllegalStateException(mechanism() + ": " + what + " (consumer alive: " + consumer.isAlive() + ")", failure);
    }

    /** Items handed over during the driver's life. */
    public long sent() {
        return sent;
    }

    /** Stops and joins the consumer; throws if it failed or does not stop. */
    @Override
    public void close() {
        running = false;
        abandonInterval();
        try {
            consumer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (consumer.isAlive()) {
            throw new IllegalStateException(mechanism() + ": load consumer did not stop within 5 s");
        }
        if (failure != null) {
            throw new IllegalStateException(mechanism() + ": load consumer failed", failure);
        }
    }
}
