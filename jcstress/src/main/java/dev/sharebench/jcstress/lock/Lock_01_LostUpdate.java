package dev.sharebench.jcstress.lock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Proof 1, lost update: two threads each add 1 to a shared total. The answer must be 2.
 *
 * `count++` is three steps (read, add, write); when both threads read before either writes, one
 * increment vanishes and the total is 1. `volatile` does not help: it orders the read and the write
 * but does not make them one step. AtomicLong.incrementAndGet is one atomic read-modify-write
 * (LOCK XADD on x86), so the total is always 2.
 *
 * Same outcome ids in both variants: Broken grades 1 ACCEPTABLE_INTERESTING, Fixed grades it FORBIDDEN.
 * A lock gives the same guarantee as the atomic (Lock_02 shows a lock that does not); the JMH
 * contrast of their costs is the counter benchmark of the lock family.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Lock_01_LostUpdate -m quick
 *      (then JcstressToRecords turns the results into records P01-broken.json / P01-fixed.json)
 */
public class Lock_01_LostUpdate {

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost update: both threads read 0, one write overwrote the other.")
    @State
    public static class Broken {
        volatile long count;

        @Actor
        public void actor1() {
            count++;
        }

        @Actor
        public void actor2() {
            count++;
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = count;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        47,582  Interesting
     *         2     5,121,284  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "Lost update: must never happen with an atomic read-modify-write.")
    @State
    public static class Fixed {
        final AtomicLong count = new AtomicLong();

        @Actor
        public void actor1() {
            count.incrementAndGet();
        }

        @Actor
        public void actor2() {
            count.incrementAndGet();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = count.get();
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     4,343,619  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
