package dev.sharebench.jcstress.lock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Proof 2, lock per caller: both threads take "the lock" around count++, but each takes its own.
 *
 * A lock excludes only the threads that take THE SAME lock. Here each actor synchronizes on a lock
 * object of its own (the shape of `synchronized` on a per-request object, or a lock field in a
 * per-caller instance), so nothing is excluded and the update is lost exactly as in Lock_01.
 * Fixed: both threads synchronize on one shared lock, and the total is always 2.
 *
 * This is the in-process twin of proof 14 (Mmap_14_InJvmLock): a lock inside one JVM is "a lock
 * of its own" for every other process, so it does not protect memory another process writes.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Lock_02_LockPerCaller -m quick
 */
public class Lock_02_LockPerCaller {

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost update: the two locks excluded nothing, one write overwrote the other.")
    @State
    public static class Broken {
        final Object lockOfActor1 = new Object();
        final Object lockOfActor2 = new Object();
        long count;

        @Actor
        public void actor1() {
            synchronized (lockOfActor1) {
                count++;
            }
        }

        @Actor
        public void actor2() {
            synchronized (lockOfActor2) {
                count++;
            }
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = count;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        12,871  Interesting
     *         2     3,708,841  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "Lost update: must never happen when both threads take the same lock.")
    @State
    public static class Fixed {
        final Object sharedLock = new Object();
        long count;

        @Actor
        public void actor1() {
            synchronized (sharedLock) {
                count++;
            }
        }

        @Actor
        public void actor2() {
            synchronized (sharedLock) {
                count++;
            }
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = count;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     3,268,690  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
