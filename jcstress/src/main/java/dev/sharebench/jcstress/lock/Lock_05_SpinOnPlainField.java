package dev.sharebench.jcstress.lock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/*
 * Proof 5, a spin that never ends: one thread spins until a plain boolean becomes true; another
 * sets it.
 *
 * Nothing obliges the spinning thread to ever re-read a plain field: once C2 compiles the loop it
 * may read the field once, hoist the read out, and spin forever on a register. jcstress's
 * Termination mode signals the actor and reports STALE when it does not stop in time.
 * Fixed: an opaque read (VarHandle.getOpaque; volatile works too) must eventually observe the
 * write, so the loop always ends. Opaque is the weakest mode that guarantees progress; it orders
 * nothing else (see Lock_04 for ordering).
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Lock_05_SpinOnPlainField -m quick
 */
public class Lock_05_SpinOnPlainField {

    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE,             desc = "The spin saw the flag and ended.")
    @Outcome(id = "STALE",      expect = ACCEPTABLE_INTERESTING, desc = "The spin never ended: the plain read was hoisted out of the loop.")
    @State
    public static class Broken {
        boolean stop;

        @Actor
        public void spinner() {
            while (!stop) {
                // spin on a plain read
            }
        }

        @Signal
        public void signal() {
            stop = true;
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *       RESULT       SAMPLES  EXPECT
     *        STALE             2  Interesting
     *   TERMINATED           205  Acceptable
     *      (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE,             desc = "The spin saw the flag and ended.")
    @Outcome(id = "STALE",      expect = FORBIDDEN,              desc = "The spin never ended: must never happen with an opaque read.")
    @State
    public static class Fixed {
        static final VarHandle STOP;

        static {
            try {
                STOP = MethodHandles.lookup().findVarHandle(Fixed.class, "stop", boolean.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        boolean stop;

        @Actor
        public void spinner() {
            while (!(boolean) STOP.getOpaque(this)) {
                // spin on an opaque read (no onSpinWait: the read mode is the only difference)
            }
        }

        @Signal
        public void signal() {
            STOP.setOpaque(this, true);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *       RESULT       SAMPLES  EXPECT
     *        STALE             0  Forbidden
     *   TERMINATED           351  Acceptable
     *      (other)             0  Forbidden
     * verdict: fix held
     */
}
