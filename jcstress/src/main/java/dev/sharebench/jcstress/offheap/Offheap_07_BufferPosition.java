package dev.sharebench.jcstress.offheap;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.nio.ByteBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
 * Proof 7, one ByteBuffer, two threads, relative puts: each thread appends one long.
 *
 * A ByteBuffer is not thread-safe: a relative putLong reads the position, writes 8 bytes there and
 * stores position + 8, with no synchronization. When both threads read position 0, both write
 * at 0 and one value is overwritten: the arbiter then finds only one of the two values.
 * Fixed: each thread writes through its own slice (its own position, disjoint bytes) of the one
 * buffer, so both values always survive. Absolute puts at per-thread offsets work the same way.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Offheap_07_BufferPosition -m quick
 */
public class Offheap_07_BufferPosition {

    static final long VALUE_OF_ACTOR1 = 0x1111_1111_1111_1111L;
    static final long VALUE_OF_ACTOR2 = 0x2222_2222_2222_2222L;

    /* How many of the two values are somewhere in the buffer. */
    static int survivors(ByteBuffer buffer) {
        int found = 0;
        for (int at = 0; at + Long.BYTES <= buffer.capacity(); at += Long.BYTES) {
            long v = buffer.getLong(at);
            if (v == VALUE_OF_ACTOR1 || v == VALUE_OF_ACTOR2) {
                found++;
            }
        }
        return found;
    }

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both values are in the buffer.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Position race: both threads wrote at the same position, one value was overwritten.")
    @State
    public static class Broken {
        final ByteBuffer buffer = ByteBuffer.allocate(2 * Long.BYTES);

        @Actor
        public void actor1() {
            buffer.putLong(VALUE_OF_ACTOR1);
        }

        @Actor
        public void actor2() {
            buffer.putLong(VALUE_OF_ACTOR2);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = survivors(buffer);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        87,452  Interesting
     *         2     4,226,529  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both values are in the buffer.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "A value was overwritten: must never happen with a slice per thread.")
    @State
    public static class Fixed {
        final ByteBuffer buffer = ByteBuffer.allocate(2 * Long.BYTES);
        final ByteBuffer sliceOfActor1 = buffer.slice(0, Long.BYTES);
        final ByteBuffer sliceOfActor2 = buffer.slice(Long.BYTES, Long.BYTES);

        @Actor
        public void actor1() {
            sliceOfActor1.putLong(VALUE_OF_ACTOR1);
        }

        @Actor
        public void actor2() {
            sliceOfActor2.putLong(VALUE_OF_ACTOR2);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = survivors(buffer);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     4,533,679  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
