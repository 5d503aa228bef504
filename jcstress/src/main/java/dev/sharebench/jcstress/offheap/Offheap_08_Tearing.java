package dev.sharebench.jcstress.offheap;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Proof 8, tearing: one thread writes all-ones into a long that another thread reads.
 *
 * A long that straddles a cache-line boundary (here at byte 60 of a 64-byte-aligned block: 4 bytes
 * in one line, 4 in the next) is moved by the CPU as two pieces, and nothing makes the two pieces
 * one atomic access. The reader can see half of the new value and half of the old one: neither 0
 * nor -1. Packed records, wire formats read in place and ring buffers with unaligned headers walk
 * into this. Fixed: the same plain write and read at an 8-byte-aligned offset, through the layout's
 * VarHandle; aligned 8-byte access is atomic (the VarHandle contract for memory segments on 64-bit
 * platforms), so the reader sees all of one value.
 *
 * NOTE: one write racing one read per trial gives few chances to land inside the split access;
 * a count of 0 means "not caught here", not "impossible": the record says so.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Offheap_08_Tearing -m quick
 */
public class Offheap_08_Tearing {

    static final long CACHE_LINE = 64;
    /* Crosses the boundary between the first and the second line of the block. */
    static final long SPLIT_OFFSET = CACHE_LINE - Integer.BYTES;
    static final long ALIGNED_OFFSET = CACHE_LINE;
    static final VarHandle ALIGNED_LONG = JAVA_LONG.varHandle();

    static MemorySegment twoCacheLines() {
        return Arena.ofAuto().allocate(2 * CACHE_LINE, CACHE_LINE);
    }

    @JCStressTest
    @Outcome(id = "0",  expect = ACCEPTABLE,             desc = "The reader came first and saw the old value.")
    @Outcome(id = "-1", expect = ACCEPTABLE,             desc = "The reader saw the whole new value.")
    @Outcome(           expect = ACCEPTABLE_INTERESTING, desc = "Torn read: half of the new value and half of the old one.")
    @State
    public static class Broken {
        final MemorySegment block = twoCacheLines();

        @Actor
        public void writer() {
            block.set(JAVA_LONG_UNALIGNED, SPLIT_OFFSET, -1L);
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = block.get(JAVA_LONG_UNALIGNED, SPLIT_OFFSET);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *        RESULT       SAMPLES  EXPECT
     *            -1     3,239,944  Acceptable
     *   -4294967296           103  Interesting
     *             0     1,104,600  Acceptable
     *    4294967295           235  Interesting
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "0",  expect = ACCEPTABLE,             desc = "The reader came first and saw the old value.")
    @Outcome(id = "-1", expect = ACCEPTABLE,             desc = "The reader saw the whole new value.")
    @Outcome(           expect = FORBIDDEN,              desc = "Torn read: must never happen with an aligned 8-byte access.")
    @State
    public static class Fixed {
        final MemorySegment block = twoCacheLines();

        @Actor
        public void writer() {
            ALIGNED_LONG.set(block, ALIGNED_OFFSET, -1L);
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = (long) ALIGNED_LONG.get(block, ALIGNED_OFFSET);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *        -1     2,523,083  Acceptable
     *         0       800,745  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
