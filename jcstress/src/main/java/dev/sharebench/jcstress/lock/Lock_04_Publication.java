package dev.sharebench.jcstress.lock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
 * Proof 4, unsafe publication: a writer fills in data, then raises a plain "ready" flag; a reader
 * that sees the flag reads the data.
 *
 * With plain fields nothing orders the two stores or the two loads: the compiler and the CPU may
 * reorder either pair, and the reader can see ready == 1 with data still 0. Fixed: the writer sets
 * the flag with release semantics (VarHandle.setRelease) and the reader reads it with acquire
 * (getAcquire): everything written before the release is visible after the acquire that sees it.
 * A volatile flag gives the same (and more) guarantee.
 *
 * NOTE: x86-64 is TSO. The hardware never reorders store-store or load-load, so on x86 only a JIT
 * reordering can show the bug, and it seldom does: in sanity mode it never showed here. In the
 * quick run below it showed 10 times in 5.7 million trials, only in JVM configurations whose
 * reader was compiled by C2 (C2 may load `data` before `ready`: nothing orders plain loads). ARM
 * and POWER also reorder in hardware and show it readily. Where the Broken variant stays silent,
 * it is still wrong: the Java memory model allows the outcome, and the next JIT may produce it.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Lock_04_Publication -m quick
 */
public class Lock_04_Publication {

    @JCStressTest
    @Outcome(id = "0, 0",  expect = ACCEPTABLE,             desc = "The reader came first: flag not yet raised, data not yet written.")
    @Outcome(id = "0, 42", expect = ACCEPTABLE,             desc = "The reader saw the data but not yet the flag.")
    @Outcome(id = "1, 42", expect = ACCEPTABLE,             desc = "The reader saw the flag and the data: properly published.")
    @Outcome(id = "1, 0",  expect = ACCEPTABLE_INTERESTING, desc = "The reader saw the flag but stale data: the stores or the loads were reordered.")
    @State
    public static class Broken {
        int data;
        int ready;

        @Actor
        public void writer() {
            data = 42;
            ready = 1;
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = ready;
            r.r2 = data;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *      0, 0     1,067,310  Acceptable
     *     0, 42           165  Acceptable
     *      1, 0            10  Interesting
     *     1, 42     4,597,549  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "0, 0",  expect = ACCEPTABLE,             desc = "The reader came first: flag not yet raised, data not yet written.")
    @Outcome(id = "0, 42", expect = ACCEPTABLE,             desc = "The reader saw the data but not yet the flag.")
    @Outcome(id = "1, 42", expect = ACCEPTABLE,             desc = "The reader saw the flag and the data: properly published.")
    @Outcome(id = "1, 0",  expect = FORBIDDEN,              desc = "Stale data behind a raised flag: must never happen with release/acquire.")
    @State
    public static class Fixed {
        static final VarHandle READY;

        static {
            try {
                READY = MethodHandles.lookup().findVarHandle(Fixed.class, "ready", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        int data;
        int ready;

        @Actor
        public void writer() {
            data = 42;
            READY.setRelease(this, 1);
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = (int) READY.getAcquire(this);
            r.r2 = data;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *      0, 0     1,050,558  Acceptable
     *     0, 42         4,451  Acceptable
     *      1, 0             0  Forbidden
     *     1, 42     3,166,146  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
