package dev.sharebench.jcstress.check;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.HandoffArgs;
import dev.sharebench.core.workload.Handoffs;
import java.util.function.BooleanSupplier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJJ_Result;

/*
 * Check 37, every in-process handoff delivers each item once and in order, under jcstress. P31
 * streams 200,000 numbers through each handoff; this hands over three numbered items (1, 2, 3)
 * through millions of fresh handoffs, the producer and the consumer lined up by jcstress to start
 * together, so the first offer races the first poll on an empty queue, and the third offer finds the
 * queue full (capacity 2: the wrap-around and "full" paths run in every sample).
 *
 * Every handoff is made by the registry's own factory (Handoffs.FACTORY.create(alias, ...)): the
 * class the benchmarks run for that alias. Its wait: the mechanism's own blocking put/take where it
 * has one (block), else a poll loop that yields after 100 failed polls (yield; park's timed sleeps
 * would keep the two sides apart, and the point here is to make them collide).
 *
 * The consumer waits for each item only as long as it can still come: the producer raises `sent`
 * after its last send returned, and once the consumer sees it, one more poll decides (an item the
 * producer handed over happens-before `sent`, so that poll must find it). A lost item therefore ends
 * as -1 in its slot, not as a hang. Both actors walk jcstress's states in the same order, so a
 * producer waiting for room (or, in synchronous-queue, for its taker) always meets its consumer.
 * The arbiter polls once more after both are done (a duplicated item would still be there) and
 * closes the handoff (offheap-spsc-ring frees its arena).
 *
 * Result: the three items received, in order, then what was left over. Only "1, 2, 3, -1" is
 * acceptable; a 0 means a slot was read before it was written (a stale read).
 *
 * Run: java -jar jcstress/target/jcstress.jar -t 'Check_37_Handoffs' -m quick
 *      (JcstressToRecords turns the results into one record, P37-fixed.json, with an outcome per alias)
 */
public class Check_37_Handoffs {

    static final int CAPACITY = 2;

    @Outcome(id = "1, 2, 3, -1", expect = ACCEPTABLE, desc = "Each item arrived once, in order, and nothing was left over.")
    @Outcome(                    expect = FORBIDDEN,  desc = "An item was lost (-1), duplicated, reordered or read stale (0).")
    public abstract static class ThreeItems {
        private final Handoff handoff;
        private volatile boolean sent;
        private final BooleanSupplier allSent = () -> sent;

        ThreeItems(String alias) {
            this(Handoffs.FACTORY.create(alias, new HandoffArgs(CAPACITY, waitFor(alias))));
        }

        /* The seam for CheckTestsTest: any handoff (one that drops an item must end as -1, not hang). */
        ThreeItems(Handoff handoff) {
            this.handoff = handoff;
        }

        /* The mechanism's own blocking put/take where it has one, else a yielding poll loop. */
        static WaitStrategy waitFor(String alias) {
            return Handoffs.FACTORY.supports(alias, WaitStrategy.BLOCK) ? WaitStrategy.BLOCK : WaitStrategy.YIELD;
        }

        /* The producer: sends 1, 2, 3, then raises sent. */
        final void produce() {
            try {
                for (long item = 1; item <= 3; item++) {
                    handoff.send(item, () -> false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(handoff.alias() + ": producer interrupted", e);
            }
            sent = true;
        }

        /* The consumer: receives three items into r1..r3. */
        final void consume(JJJJ_Result r) {
            r.r1 = next();
            r.r2 = next();
            r.r3 = next();
        }

        /* The arbiter: what is left over into r4; then the handoff is closed. */
        final void leftOverThenClose(JJJJ_Result r) {
            r.r4 = handoff.poll();
            handoff.close();
        }

        /* The next item, or NONE (-1) once the producer is done and the item is not there. */
        private long next() {
            try {
                long item = handoff.receive(allSent);
                return item != Handoff.NONE ? item : handoff.poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(handoff.alias() + ": consumer interrupted", e);
            }
        }

        /* The registry alias of the mechanism this state made (CheckTestsTest compares it with the class name). */
        String alias() {
            return handoff.alias();
        }
    }

    /*
     * One test per alias of Handoffs.FACTORY, in its order. NOTE: each declares its own @Actor and
     * @Arbiter methods because jcstress's annotation processor reads only the methods a test class
     * declares itself, not inherited ones; the logic stays in ThreeItems.
     */
    @JCStressTest @State public static class ArrayBlockingQueue extends ThreeItems {
        public ArrayBlockingQueue() { super("array-blocking-queue"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class LinkedBlockingQueue extends ThreeItems {
        public LinkedBlockingQueue() { super("linked-blocking-queue"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class LinkedTransferQueue extends ThreeItems {
        public LinkedTransferQueue() { super("linked-transfer-queue"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class SynchronousQueue extends ThreeItems {
        public SynchronousQueue() { super("synchronous-queue"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class ConcurrentLinkedQueue extends ThreeItems {
        public ConcurrentLinkedQueue() { super("concurrent-linked-queue"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class LockConditionDeque extends ThreeItems {
        public LockConditionDeque() { super("lock-condition-deque"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class OffheapSpscRing extends ThreeItems {
        public OffheapSpscRing() { super("offheap-spsc-ring"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class JctoolsSpsc extends ThreeItems {
        public JctoolsSpsc() { super("jctools-spsc"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
    @JCStressTest @State public static class Disruptor extends ThreeItems {
        public Disruptor() { super("disruptor"); }
        @Actor public void producer() { produce(); }
        @Actor public void consumer(JJJJ_Result r) { consume(r); }
        @Arbiter public void arbiter(JJJJ_Result r) { leftOverThenClose(r); }
    }
}
