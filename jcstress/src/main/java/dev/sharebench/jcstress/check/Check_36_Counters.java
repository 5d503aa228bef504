package dev.sharebench.jcstress.check;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.workload.CounterArgs;
import dev.sharebench.core.workload.Counters;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Check 36, every in-process counter loses no update, under jcstress. P30 drives each counter with
 * two threads adding 50,000 times and compares the total; this drives the same mechanisms the way
 * jcstress drives Proof 1's count++: millions of fresh counters, each hit by exactly two adds that
 * jcstress lines up to collide (and, in its C2 modes, with the scheduling randomizers moving the
 * code around them). One add is 1, the other 2, so a lost update says which one went missing.
 *
 * Every counter is made by the registry's own factory (Counters.FACTORY.create(alias, ...)), so
 * the test runs the class the benchmarks run for that alias, never a copy. One @JCStressTest per
 * alias: jcstress has no parameters, so each alias is a tiny subclass named after it
 * (offheap-segment -> OffheapSegment; JcstressToRecords finds an alias's result by that name, and
 * CheckTestsTest fails when an alias of the factory has no subclass). The arbiter reads the total
 * after both adds returned, as SharedCounter promises, then closes the counter (queue-to-owner stops
 * its owner thread, offheap-segment frees its arena), so nothing outlives its sample.
 *
 * Same outcome table for every alias: "3" is the only acceptable total. There is no Broken variant
 * (Proof 1 is the classic mistake); a planted racy add shows up as "1" or "2", FORBIDDEN.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t 'Check_36_Counters' -m quick
 *      (JcstressToRecords turns the results into one record, P36-fixed.json, with an outcome per alias)
 */
public class Check_36_Counters {

    @Outcome(id = "3", expect = ACCEPTABLE, desc = "Both adds (1 and 2) are in the total.")
    @Outcome(id = "1", expect = FORBIDDEN,  desc = "Lost update: the add of 2 is missing from the total.")
    @Outcome(id = "2", expect = FORBIDDEN,  desc = "Lost update: the add of 1 is missing from the total.")
    @Outcome(          expect = FORBIDDEN,  desc = "Neither sum of the adds: the counter is corrupt.")
    public abstract static class TwoAdds {
        private final SharedCounter counter;

        TwoAdds(String alias) {
            this(Counters.FACTORY.create(alias, new CounterArgs(2)));
        }

        /* The seam for CheckTestsTest: any counter. */
        TwoAdds(SharedCounter counter) {
            this.counter = counter;
        }

        /* actor1 adds 1, actor2 adds 2 */
        final void add(long delta) {
            counter.add(delta);
        }

        /* The arbiter's: the total once both adds returned; then the counter is closed. */
        final long totalThenClose() {
            long total = counter.sum();
            counter.close();
            return total;
        }

        /* The registry alias of the mechanism this state made (CheckTestsTest compares it with the class name). */
        String alias() {
            return counter.alias();
        }
    }

    /*
     * One test per alias of Counters.FACTORY, in its order. NOTE: each declares its own @Actor and
     * @Arbiter methods because jcstress's annotation processor reads only the methods a test class
     * declares itself, not inherited ones; the logic stays in TwoAdds.
     */
    @JCStressTest @State public static class Synchronized extends TwoAdds {
        public Synchronized() { super("synchronized"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class ReentrantLock extends TwoAdds {
        public ReentrantLock() { super("reentrant-lock"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class StampedLock extends TwoAdds {
        public StampedLock() { super("stamped-lock"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class AtomicLong extends TwoAdds {
        public AtomicLong() { super("atomic-long"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class LongAdder extends TwoAdds {
        public LongAdder() { super("long-adder"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class OffheapSegment extends TwoAdds {
        public OffheapSegment() { super("offheap-segment"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class ThreadLocal extends TwoAdds {
        public ThreadLocal() { super("thread-local"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
    @JCStressTest @State public static class QueueToOwner extends TwoAdds {
        public QueueToOwner() { super("queue-to-owner"); }
        @Actor public void actor1() { add(1); }
        @Actor public void actor2() { add(2); }
        @Arbiter public void arbiter(J_Result r) { r.r1 = totalThenClose(); }
    }
}
