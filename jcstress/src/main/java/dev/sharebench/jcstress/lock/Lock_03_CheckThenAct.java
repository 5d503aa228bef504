package dev.sharebench.jcstress.lock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
 * Proof 3, check-then-act on a thread-safe map: two threads count a word with get, then put.
 *
 * ConcurrentHashMap makes each call atomic, not a sequence of calls. Between one thread's get and
 * its put the other thread can do its own get and put, and one count vanishes: a "thread-safe"
 * collection used as get-then-put is a lost update (Lock_01) in disguise. The same holds for
 * "if (!map.containsKey(k)) map.put(k, new V())", which may create two values.
 * Fixed: merge (or compute / computeIfAbsent) does the read-modify-write inside the map, under the
 * bin's lock, so the count is always 2.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Lock_03_CheckThenAct -m quick
 */
public class Lock_03_CheckThenAct {

    static final String WORD = "sharebench";

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both counts landed.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost count: both threads got the same old value, the second put overwrote the first.")
    @State
    public static class Broken {
        final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

        @Actor
        public void actor1() {
            countOnce();
        }

        @Actor
        public void actor2() {
            countOnce();
        }

        private void countOnce() {
            Integer old = counts.get(WORD);
            counts.put(WORD, old == null ? 1 : old + 1);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = counts.get(WORD);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        22,213  Interesting
     *         2     3,261,540  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both counts landed.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "Lost count: must never happen, merge is one atomic step inside the map.")
    @State
    public static class Fixed {
        final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

        @Actor
        public void actor1() {
            counts.merge(WORD, 1, Integer::sum);
        }

        @Actor
        public void actor2() {
            counts.merge(WORD, 1, Integer::sum);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = counts.get(WORD);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     4,231,000  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
