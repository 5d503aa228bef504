package dev.sharebench.jcstress.map;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/*
 * Proof 20, a plain HashMap shared by threads: two threads each put their OWN key into one new
 * HashMap. Different keys, so nothing seems to conflict; the map must end with both entries and
 * size 2.
 *
 * It does not, because the keys are not the only shared state. A new HashMap allocates its table
 * on the first put: when both threads see no table, each allocates one, puts its entry there and
 * stores its table in the map's field, and the table stored first is lost with its entry. And
 * `size` is a plain `++size` (Lock_01's lost update): both threads read 0 and write 1. So the
 * arbiter counts what it finds, as the columns [entries found, size(), exceptions thrown]:
 * a vanished entry ("1, 1, 0"), a size that counts an entry the map does not hold ("1, 2, 0"),
 * or both entries with a size of 1 ("2, 1, 0"), after which the map's size and its contents
 * disagree for good. Exceptions inside put are caught and counted (none is expected in this
 * shape); anything else falls to the catch-all.
 *
 * NOTE: the classic horror story, a HashMap put that loops forever, came from JDK 7's resize, which
 * reversed each bin's list and could link two nodes into a cycle. JDK 8 and later keep the order
 * when splitting bins and never form a cycle with plain puts, so this proof cannot hang (jcstress
 * has no per-test timeout; a hung test would stall the whole run), and none is claimed. Concurrent
 * writers can still corrupt a treeified bin (8+ colliding keys): not shown here.
 *
 * Fixed: ConcurrentHashMap. Its table is created once, by a CAS on sizeCtl; an empty bin is filled
 * by a CAS and a full one under the bin's lock; the count is a LongAdder-style striped counter.
 * Both entries and size 2, always. A lock around a HashMap (MapBench's synchronized-hashmap) fixes
 * it as well; MapBench measures what each fix costs.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Map_20_PlainHashMap -m quick
 */
public class Map_20_PlainHashMap {

    static final Integer KEY_OF_ACTOR1 = 1;
    static final Integer KEY_OF_ACTOR2 = 2;

    /* One put; 1 if it threw (counted, not swallowed: the arbiter reports it), else 0. */
    static int put(Map<Integer, String> map, Integer key, String value) {
        try {
            map.put(key, value);
            return 0;
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /* Fills the arbiter's columns: entries found, size(), exceptions the actors caught. */
    static void count(Map<Integer, String> map, int exceptions, III_Result r) {
        r.r1 = (map.get(KEY_OF_ACTOR1) != null ? 1 : 0) + (map.get(KEY_OF_ACTOR2) != null ? 1 : 0);
        r.r2 = map.size();
        r.r3 = exceptions;
    }

    @JCStressTest
    @Outcome(id = "2, 2, 0", expect = ACCEPTABLE,             desc = "Both entries are there and size() is 2.")
    @Outcome(id = "1, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Lost entry: both threads created a table, the one stored first vanished with its entry.")
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE_INTERESTING, desc = "Broken structure: size() counts two entries, the map holds one.")
    @Outcome(id = "2, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Broken structure: both entries are there, size() lost an increment.")
    @Outcome(                expect = ACCEPTABLE_INTERESTING, desc = "Other corruption: an exception inside put, or no entry at all.")
    @State
    public static class Broken {
        final HashMap<Integer, String> map = new HashMap<>();
        int caught1;
        int caught2;

        @Actor
        public void actor1() {
            caught1 = put(map, KEY_OF_ACTOR1, "one");
        }

        @Actor
        public void actor2() {
            caught2 = put(map, KEY_OF_ACTOR2, "two");
        }

        @Arbiter
        public void arbiter(III_Result r) {
            count(map, caught1 + caught2, r);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *   1, 1, 0        10,965  Interesting
     *   1, 2, 0        14,395  Interesting
     *   2, 1, 0         4,004  Interesting
     *   2, 2, 0     4,456,636  Acceptable
     *   (other)             0  Interesting
     * verdict: reproduced (29,364 broken maps in 4,486,000 trials, 0.65%; an earlier run: 74,447 in
     * 5,346,691, 1.4%)
     */

    @JCStressTest
    @Outcome(id = "2, 2, 0", expect = ACCEPTABLE,             desc = "Both entries are there and size() is 2.")
    @Outcome(id = "1, 1, 0", expect = FORBIDDEN,              desc = "Lost entry: must never happen, the table is created once by a CAS.")
    @Outcome(id = "1, 2, 0", expect = FORBIDDEN,              desc = "Broken structure: must never happen in a ConcurrentHashMap.")
    @Outcome(id = "2, 1, 0", expect = FORBIDDEN,              desc = "Broken structure: must never happen, the count is updated atomically.")
    @Outcome(                expect = FORBIDDEN,              desc = "Other corruption: must never happen in a ConcurrentHashMap.")
    @State
    public static class Fixed {
        final ConcurrentHashMap<Integer, String> map = new ConcurrentHashMap<>();
        int caught1;
        int caught2;

        @Actor
        public void actor1() {
            caught1 = put(map, KEY_OF_ACTOR1, "one");
        }

        @Actor
        public void actor2() {
            caught2 = put(map, KEY_OF_ACTOR2, "two");
        }

        @Arbiter
        public void arbiter(III_Result r) {
            count(map, caught1 + caught2, r);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *   1, 1, 0             0  Forbidden
     *   1, 2, 0             0  Forbidden
     *   2, 1, 0             0  Forbidden
     *   2, 2, 0     5,273,478  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
