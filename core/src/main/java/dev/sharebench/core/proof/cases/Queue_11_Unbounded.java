package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/*
 * Proof 11, an unbounded queue under a fast producer: the producer makes items as fast as it can,
 * the consumer spends a few microseconds on each. Nothing tells the producer to slow down.
 *
 * Broken: LinkedBlockingQueue without a bound. The producer is done long before the consumer, so
 * the queue holds nearly every item at once: its length, and the heap it pins, grow with the input,
 * not with any limit (in production: until OutOfMemoryError). Each offer is a trial: the outcome is
 * whether the queue then held more than CAPACITY items. Fixed: ArrayBlockingQueue(CAPACITY) with
 * put(): a full queue blocks the producer (backpressure), so the length never exceeds CAPACITY and
 * the producer runs at the consumer's pace. Peak length and heap growth are in the outcome text.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P11
 */
public final class Queue_11_Unbounded implements Proof {

    static final int CAPACITY = 1_024;
    static final int ITEMS = 20_000;
    static final int ITEM_BYTES = 512;
    static final long CONSUME_NANOS = 5_000;

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P11").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("within-capacity", Grade.ACCEPTABLE, "After the offer the queue held at most " + CAPACITY + " items.")
                .declareBug(variant, "over-capacity", "After the offer the queue held more than " + CAPACITY + " items: nothing slowed the producer.");
        int items = ITEMS * Math.min(mode.scale(), 4);
        BlockingQueue<byte[]> queue = variant == Variant.BROKEN ? new LinkedBlockingQueue<>() : new ArrayBlockingQueue<>(CAPACITY);
        Peak peak;
        try (ExecutorService consumerThread = Executors.newSingleThreadExecutor()) {
            Future<Long> consumed = consumerThread.submit(() -> consume(queue, items));
            try {
                peak = produce(queue, items, counts);
                long checksum = consumed.get(60, TimeUnit.SECONDS);
                if (checksum != expectedChecksum(items)) {
                    throw new IllegalStateException("P11 " + variant.id() + ": consumer checksum " + checksum + " != " + expectedChecksum(items));
                }
            } catch (Exception | Error e) {
                consumerThread.shutdownNow(); // a consumer still blocked in take() is interrupted, so close() cannot hang
                throw e;
            }
        }
        String measured = String.format(" Peak length %,d items; heap in use grew by up to %,d KiB.", peak.length(), peak.heapGrowthBytes() / 1024);
        counts.describe("over-capacity", "After the offer the queue held more than " + CAPACITY + " items: nothing slowed the producer." + measured);
        counts.describe("within-capacity", "After the offer the queue held at most " + CAPACITY + " items." + measured);
        return counts;
    }

    private record Peak(int length, long heapGrowthBytes) {
    }

    /* Puts every item as fast as the queue lets it; after each put, counts whether the queue is over CAPACITY. */
    private static Peak produce(BlockingQueue<byte[]> queue, int items, Counts counts) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long peakHeap = heapBefore;
        int peakLength = 0;
        for (int i = 0; i < items; i++) {
            byte[] item = new byte[ITEM_BYTES];
            item[0] = (byte) i;
            queue.put(item);
            int length = queue.size();
            counts.count(length > CAPACITY ? "over-capacity" : "within-capacity");
            if (length > peakLength) {
                peakLength = length;
                if (length % 256 == 0) {
                    peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                }
            }
        }
        return new Peak(peakLength, Math.max(0, peakHeap - heapBefore));
    }

    /* Takes every item, spending CONSUME_NANOS on each (a slow consumer), and sums their first bytes. */
    private static long consume(BlockingQueue<byte[]> queue, int items) throws InterruptedException {
        long sum = 0;
        for (int i = 0; i < items; i++) {
            byte[] item = queue.take();
            sum += item[0];
            long until = System.nanoTime() + CONSUME_NANOS;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        return sum;
    }

    private static long expectedChecksum(int items) {
        long sum = 0;
        for (int i = 0; i < items; i++) {
            sum += (byte) i;
        }
        return sum;
    }
}
