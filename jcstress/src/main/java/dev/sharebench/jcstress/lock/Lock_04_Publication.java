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
 * reordering could show the bug, and it seldom or never does: expect the Broken variant to say
 * "not reproduced on this hardware" here. ARM and POWER show it readily. The Broken variant is
 * still wrong on x86: the Java memory model allows the outcome, and a future JIT may produce it.
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
}
