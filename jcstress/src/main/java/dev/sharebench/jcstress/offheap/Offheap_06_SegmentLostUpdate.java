package dev.sharebench.jcstress.offheap;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Proof 6, off-heap lost update: two threads add 1 to a long in a MemorySegment.
 *
 * Off-heap memory has no magic: segment.get then segment.set is the same read, add, write as
 * count++ (Lock_01), and one increment is lost when both threads read before either writes.
 * Fixed: the layout's VarHandle getAndAdd is one atomic read-modify-write on the native address
 * (LOCK XADD on x86), so the total is always 2. Mmap_09 shows the same across two mappings of one
 * file, the in-JVM model of two processes sharing memory.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Offheap_06_SegmentLostUpdate -m quick
 */
public class Offheap_06_SegmentLostUpdate {

    /* Coordinates (MemorySegment, long offset): an atomic view of any 8-byte-aligned long. */
    static final VarHandle LONG = JAVA_LONG.varHandle();

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost update: both threads read 0 from the segment, one write overwrote the other.")
    @State
    public static class Broken {
        // NOTE: an automatic arena: jcstress makes many states and drops them; the GC frees the memory.
        final MemorySegment cell = Arena.ofAuto().allocate(JAVA_LONG);

        @Actor
        public void actor1() {
            cell.set(JAVA_LONG, 0, cell.get(JAVA_LONG, 0) + 1);
        }

        @Actor
        public void actor2() {
            cell.set(JAVA_LONG, 0, cell.get(JAVA_LONG, 0) + 1);
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = cell.get(JAVA_LONG, 0);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        25,456  Interesting
     *         2     3,842,630  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "Lost update: must never happen with VarHandle getAndAdd.")
    @State
    public static class Fixed {
        final MemorySegment cell = Arena.ofAuto().allocate(JAVA_LONG);

        @Actor
        public void actor1() {
            LONG.getAndAdd(cell, 0L, 1L);
        }

        @Actor
        public void actor2() {
            LONG.getAndAdd(cell, 0L, 1L);
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = (long) LONG.getVolatile(cell, 0L);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     3,243,263  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
