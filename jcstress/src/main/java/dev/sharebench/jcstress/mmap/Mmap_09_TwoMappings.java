package dev.sharebench.jcstress.mmap;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import dev.sharebench.core.process.TempFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/*
 * Proof 9, two mappings of one file: each thread increments the same counter through its own
 * MemorySegment mapped from the same file. This is the in-JVM model of two processes sharing a
 * mapped file: two virtual addresses, one physical page.
 *
 * Mapping a file shares memory; it does not make access to it atomic. A plain get + set through
 * each mapping loses updates exactly like count++ (Lock_01, Offheap_06). Fixed: VarHandle getAndAdd
 * through each mapping is a LOCK-prefixed instruction on the physical cache line, and it excludes
 * the other mapping as well: the total is always 2. Proof 14 shows the same with two real JVMs.
 *
 * NOTE: mapping a file per jcstress state would measure mmap, not the race. One file is mapped
 * twice per JVM, unlinked at once (the mappings stay valid, nothing is left on disk), and each
 * state takes the next 8-byte slot, zeroed when the state is made.
 *
 * Run: java -jar jcstress/target/jcstress.jar -t Mmap_09_TwoMappings -m quick
 */
public class Mmap_09_TwoMappings {

    static final long SLOTS = 1 << 17;
    static final VarHandle LONG = JAVA_LONG.varHandle();
    static final MemorySegment MAPPING_A;
    static final MemorySegment MAPPING_B;
    static final AtomicLong NEXT_SLOT = new AtomicLong();

    static {
        try {
            Path file = Files.createTempFile(TempFiles.prefix("p09"), ".map");
            try {
                MAPPING_A = map(file);
                MAPPING_B = map(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Mmap_09: cannot create or map the shared file", e);
        }
    }

    private static MemorySegment map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // NOTE: an automatic arena unmaps when the segment is unreachable; these live as long as the JVM.
            return ch.map(FileChannel.MapMode.READ_WRITE, 0, SLOTS * Long.BYTES, Arena.ofAuto());
        }
    }

    /* Offset of a fresh slot, zeroed. Slots are reused after SLOTS states, long after the earlier state is done. */
    static long freshSlot() {
        long offset = (NEXT_SLOT.getAndIncrement() % SLOTS) * Long.BYTES;
        LONG.setVolatile(MAPPING_A, offset, 0L);
        return offset;
    }

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "Lost update: both mappings read 0, one write overwrote the other.")
    @State
    public static class Broken {
        final long slot = freshSlot();

        @Actor
        public void actor1() {
            MAPPING_A.set(JAVA_LONG, slot, MAPPING_A.get(JAVA_LONG, slot) + 1);
        }

        @Actor
        public void actor2() {
            MAPPING_B.set(JAVA_LONG, slot, MAPPING_B.get(JAVA_LONG, slot) + 1);
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = (long) LONG.getVolatile(MAPPING_A, slot);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1        13,265  Interesting
     *         2     5,215,904  Acceptable
     *   (other)             0  Forbidden
     * verdict: reproduced
     */

    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE,             desc = "Both increments landed.")
    @Outcome(id = "1", expect = FORBIDDEN,              desc = "Lost update: must never happen with getAndAdd, whichever mapping it goes through.")
    @State
    public static class Fixed {
        final long slot = freshSlot();

        @Actor
        public void actor1() {
            LONG.getAndAdd(MAPPING_A, slot, 1L);
        }

        @Actor
        public void actor2() {
            LONG.getAndAdd(MAPPING_B, slot, 1L);
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = (long) LONG.getVolatile(MAPPING_A, slot);
        }
    }
    /*
     * x86_64, Temurin 25.0.3, 2 vCPUs KVM (jcstress 0.16 -m quick -iters 1 -time 200, all JVM configurations):
     *    RESULT       SAMPLES  EXPECT
     *         1             0  Forbidden
     *         2     4,526,810  Acceptable
     *   (other)             0  Forbidden
     * verdict: fix held
     */
}
