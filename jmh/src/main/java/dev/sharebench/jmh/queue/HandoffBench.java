package dev.sharebench.jmh.queue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Workload 2, producer -> consumer handoff, THROUGHPUT: how many items per second does each
 * mechanism move from one producer thread to one consumer thread?
 *
 * JCTools' QueueThroughputBackoffNone shape: an asymmetric @Group, one producer and one consumer
 * thread, each invocation ONE attempt (offer or poll, or one timed put/take). @AuxCounters count
 * successful transfers (`offered`, `polled`) apart from failed attempts (`offerFailed`,
 * `pollFailed`). Read `polled` (items/s actually delivered); the primary score counts attempts and
 * mainly says how busy the threads were.
 *
 * Two groups, because not every mechanism can wait every way (core.workload.Handoffs decides):
 *  - `polling`: a poll loop with waitStrategy spin / yield / park after a failed attempt, for the
 *    eight mechanisms with a non-blocking offer/poll. synchronous-queue is absent: its offer only
 *    succeeds when a taker is already blocked, so two poll loops would never meet.
 *  - `blocking`: waitStrategy block, the mechanism's own blocking put/take (timed, 1 ms, so an
 *    iteration can always end), for the five blocking mechanisms. The rings and
 *    concurrent-linked-queue have no blocking call, so they are absent here.
 * Every combination JMH generates is therefore a valid one.
 *
 * What to expect: with spin, the SPSC rings (offheap-spsc-ring, jctools-spsc, disruptor) lead by a
 * wide margin: no lock, cached indices, so they stream items in batches of cache lines
 * (offheap-spsc-ring and disruptor carry primitive longs in preallocated slots; jctools-spsc, like
 * every JDK queue here, a boxed Long: an allocation per item above 127). Lock-based queues pay a
 * lock per item, the linked queues a node allocation too. park and block pay a wake-up across
 * vCPUs (~25-50 us) whenever the consumer catches up with the producer, so they are much slower
 * on this machine.
 *
 * The unbounded queues (linked-transfer-queue, concurrent-linked-queue) are capped at `capacity`
 * items in flight (core.queue.CappedQueueHandoff), so a producer that outruns its consumer cannot
 * fill the heap during a long run.
 *
 * Contrast: HandoffLatencyBench shows the per-item round trip; FloorBench the hardware floor.
 *
 * Verified: every item is a sequence number; the consumer checks each one is exactly the next
 * (loss or reordering throws, naming the mechanism); at the end the remaining items are drained and
 * the count received must equal the count sent.
 *
 * NOTE: with spin both vCPUs are busy; JMH's own control thread gets little CPU, and iterations can
 * overrun their time slightly. Every attempt is bounded, so no iteration can hang.
 *
 * Run: java -jar jmh/target/benchmarks.jar HandoffBench
 *      one strategy: java -jar jmh/target/benchmarks.jar 'HandoffBench.polling' -p waitStrategy=spin
 *      (select the group: -p also applies to the blocking state, where only block is valid)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HandoffBench {

    private static final long BLOCK_TIMEOUT_MICROS = 1_000;

    /**
     * One side's sequence counter, written only by that side. Padded, in its own object: as plain
     * fields of the group state they shared a cache line with the `handoff` reference both sides
     * read on every call, and that line then bounced between the cores (FloorBench's NOTE shows
     * what that costs).
     */
    static final class Sequence {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long next;
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;
    }

    /**
     * Shared by one producer and one consumer; read-only while measuring, except through the sides.
     * The two states name the wait strategies; the catalogue gives each group only mechanisms that can wait that way.
     */
    @State(Scope.Group) // JMH wants a @Param's own class to be a state; the subclasses are the ones used
    public abstract static class Channel {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the aliases of this group's space
        public String mechanism;

        @Param({"1024"})
        public int capacity;

        Handoff handoff;
        String alias;
        WaitStrategy wait;
        final Sequence sent = new Sequence();     // producer: next sequence number to send
        final Sequence received = new Sequence(); // consumer: next sequence number expected

        abstract String waitStrategy();

        @Setup(Level.Trial)
        public void setUp() {
            alias = mechanism;
            wait = WaitStrategy.of(waitStrategy());
            handoff = Handoffs.create(alias, capacity, wait);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            drainAndClose();
        }

        void check(long item) {
            long expected = received.next;
            if (item != expected) {
                throw new IllegalStateException(alias + ": received item " + item + ", expected " + expected
                        + (item > expected ? " (lost items)" : " (reordered or duplicated)"));
            }
            received.next = expected + 1;
        }

        void drainAndClose() {
            try {
                long item;
                while ((item = handoff.poll()) != Handoff.NONE) {
                    check(item);
                }
                if (received.next != sent.next) {
                    throw new IllegalStateException(alias + ": sent " + sent.next + " items, received " + received.next);
                }
                if (received.next == 0) {
                    throw new IllegalStateException(alias + ": no item was transferred");
                }
            } finally {
                handoff.close();
            }
        }
    }

    @State(Scope.Group)
    public static class Polling extends Channel {
        @Param({"spin", "yield", "park"})
        public String waitStrategy;

        @Override
        String waitStrategy() {
            return waitStrategy;
        }
    }

    @State(Scope.Group)
    public static class Blocking extends Channel {
        @Param({"block"})
        public String waitStrategy;

        @Override
        String waitStrategy() {
            return waitStrategy;
        }
    }

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class ProducerCounters {
        public long offered;
        public long offerFailed;
        int streak; // failed attempts in a row, for the wait strategy

        @Setup(Level.Iteration)
        public void reset() {
            offered = 0;
            offerFailed = 0;
        }
    }

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class ConsumerCounters {
        public long polled;
        public long pollFailed;
        int streak;

        @Setup(Level.Iteration)
        public void reset() {
            polled = 0;
            pollFailed = 0;
        }
    }

    @Benchmark
    @Group("polling")
    @GroupThreads(1)
    public void pollingProducer(Polling c, ProducerCounters counters) {
        Sequence seq = c.sent;
        if (c.handoff.offer(seq.next)) {
            seq.next++;
            counters.offered++;
            counters.streak = 0;
        } else {
            counters.offerFailed++;
            c.wait.idle(counters.streak++);
        }
    }

    @Benchmark
    @Group("polling")
    @GroupThreads(1)
    public void pollingConsumer(Polling c, ConsumerCounters counters) {
        long item = c.handoff.poll();
        if (item != Handoff.NONE) {
            c.check(item);
            counters.polled++;
            counters.streak = 0;
        } else {
            counters.pollFailed++;
            c.wait.idle(counters.streak++);
        }
    }

    @Benchmark
    @Group("blocking")
    @GroupThreads(1)
    public void blockingProducer(Blocking c, ProducerCounters counters) throws InterruptedException {
        Sequence seq = c.sent;
        if (c.handoff.put(seq.next, BLOCK_TIMEOUT_MICROS, TimeUnit.MICROSECONDS)) {
            seq.next++;
            counters.offered++;
        } else {
            counters.offerFailed++;
        }
    }

    @Benchmark
    @Group("blocking")
    @GroupThreads(1)
    public void blockingConsumer(Blocking c, ConsumerCounters counters) throws InterruptedException {
        long item = c.handoff.take(BLOCK_TIMEOUT_MICROS, TimeUnit.MICROSECONDS);
        if (item != Handoff.NONE) {
            c.check(item);
            counters.polled++;
        } else {
            counters.pollFailed++;
        }
    }
}
