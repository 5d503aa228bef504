package dev.sharebench.core.proof.cases;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/*
 * Proof 12, use after close: code keeps a MemorySegment and reads it after its Arena was closed
 * (the native memory is freed). In C this reads freed memory or crashes; with the FFM API the read
 * throws IllegalStateException and the JVM carries on.
 *
 * Broken: each trial allocates from an arena, writes a value, closes the arena, then reads the
 * segment; half the trials use a confined arena, half a shared arena whose close() races a reader
 * thread (the close waits for in-flight accesses through a handshake, so the reader sees either the
 * value or the exception, never freed memory). Outcome "use-after-close": the read threw
 * IllegalStateException (the bug happened, and was stopped). "freed-read": a read after close
 * returned without an exception: the guarantee broke (FORBIDDEN in both variants). Fixed: reads
 * happen only inside the arena's try-with-resources, so every read returns the value ("read-ok").
 * The JVM surviving the run is the other half of the proof: a crash would end it with no record.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P12
 */
public final class Offheap_12_UseAfterClose implements Proof {

    static final int TRIALS = 2_000;
    static final long VALUE = 0x5EB_5EB_5EBL;

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P12").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("read-ok", Grade.ACCEPTABLE, "The read returned the value: the segment was alive.")
                .declareBug(variant, "use-after-close", "The read came after close and threw IllegalStateException: use after close, stopped safely.")
                .declare("freed-read", Grade.FORBIDDEN, "A read after close returned without an exception: freed memory was read.");
        int trials = TRIALS * mode.scale();
        try (ExecutorService reader = Executors.newSingleThreadExecutor()) {
            for (int i = 0; i < trials; i++) {
                if (variant == Variant.FIXED) {
                    counts.count(readInsideScope());
                } else if (i % 2 == 0) {
                    counts.count(readAfterClose());
                } else {
                    counts.count(raceCloseWithReader(reader));
                }
            }
        }
        return counts;
    }

    private static String readInsideScope() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(JAVA_LONG);
            s.set(JAVA_LONG, 0, VALUE);
            return classify(s.get(JAVA_LONG, 0));
        }
    }

    private static String readAfterClose() {
        MemorySegment kept;
        try (Arena arena = Arena.ofConfined()) {
            kept = arena.allocate(JAVA_LONG);
            kept.set(JAVA_LONG, 0, VALUE);
        }
        try {
            kept.get(JAVA_LONG, 0);
            return "freed-read";
        } catch (IllegalStateException expected) {
            return "use-after-close";
        }
    }

    /* A reader thread spins on the segment while this thread closes the shared arena. */
    private static String raceCloseWithReader(ExecutorService reader) throws Exception {
        Arena arena = Arena.ofShared();
        MemorySegment s = arena.allocate(JAVA_LONG);
        s.set(JAVA_LONG, 0, VALUE);
        Future<String> read = reader.submit(() -> {
            while (true) {
                boolean alive = s.scope().isAlive();
                try {
                    long v = s.get(JAVA_LONG, 0);
                    if (!alive) {
                        return "freed-read"; // closed before the read started, yet it returned
                    }
                    if (v != VALUE) {
                        throw new IllegalStateException("P12: a live segment read " + v + ", wrote " + VALUE);
                    }
                } catch (IllegalStateException closed) {
                    if (closed.getMessage() != null && closed.getMessage().startsWith("P12")) {
                        throw closed;
                    }
                    return "use-after-close";
                }
            }
        });
        arena.close();
        return read.get(10, TimeUnit.SECONDS);
    }

    private static String classify(long v) {
        if (v != VALUE) {
            throw new IllegalStateException("P12: a live segment read " + v + ", wrote " + VALUE);
        }
        return "read-ok";
    }
}
