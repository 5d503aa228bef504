package dev.sharebench.core.proof.cases;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sharebench.core.mmap.MmapCounter;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Proof 14, an in-JVM lock across processes: two JVMs (this one and a child) each add 1 to a
 * counter in a shared mapped file, N times each, "under a lock".
 *
 * Broken: each JVM guards its increment with its own ReentrantLock. The lock lives in one JVM's
 * heap; the other process cannot see it, so it excludes nothing (proof 2 is the in-process twin:
 * a lock per caller). Plain read-add-write from two processes loses updates: the total falls short
 * of 2N. Fixed: the three registered cross-process counters, each run as the benchmarks run it
 * (core.mmap.MmapCounter: this JVM adds N while a child JVM adds in a loop until stopped):
 * {@code mmap} (VarHandle getAndAdd on the mapping, an atomic instruction on the shared physical
 * memory), {@code mmap-lock} (a CAS spin lock living IN the mapping, so both processes see it) and
 * {@code file-lock} (FileChannel.lock, an fcntl lock the kernel holds for both processes). Each is
 * counted on its own: landed = the shared total, lost = (ours + the child's own count) - total.
 * Each increment is a trial.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P14
 */
public final class Mmap_14_InJvmLock implements Proof {

    static final long INCREMENTS = 1_000_000;
    static final VarHandle LONG = JAVA_LONG.varHandle();
    /* Layout of the file: [0] counter, [8] start flag (the parent sets it, both then start). */
    static final long COUNTER = 0;
    static final long START = 8;

    /** The child: maps the file, waits for the start flag, increments like the parent. */
    public static final class IncrementerRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            Path file = Path.of(ctx.arg(0, "mapping file"));
            long n = Long.parseLong(ctx.arg(1, "increments"));
            try (Arena arena = Arena.ofShared()) {
                MemorySegment shared = map(file, arena);
                ctx.ready("");
                while ((long) LONG.getVolatile(shared, START) == 0) {
                    Thread.onSpinWait();
                }
                increment(shared, n, new ReentrantLock());
            }
            ctx.report("done");
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P14").orElseThrow();
    }

    /* The Fixed variant's mechanisms, each counted on its own. */
    static final List<String> FIXED_ALIASES = List.of("mmap", "mmap-lock", "file-lock");
    static final long FIXED_INCREMENTS = 50_000;

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        return variant == Variant.BROKEN ? runBroken(mode) : runFixed(mode);
    }

    private Counts runFixed(Mode mode) {
        Counts counts = new Counts();
        for (String alias : FIXED_ALIASES) {
            counts.declare(alias + ": landed", Grade.ACCEPTABLE, alias + ": the increment is in the shared total.")
                    .declare(alias + ": lost", Grade.FORBIDDEN, alias + ": an increment is missing from the shared total.");
        }
        long n = FIXED_INCREMENTS * mode.scale();
        for (String alias : FIXED_ALIASES) {
            try (MmapCounter c = new MmapCounter(alias, 1, Placement.OS)) {
                counts.ran(alias);
                for (long i = 0; i < n; i++) {
                    c.add(1);
                }
                MmapCounter.Tally t = c.stop();
                long added = n + t.addedByPeer();
                counts.add(alias + ": landed", Math.min(t.total(), added));
                counts.add(alias + ": lost", Math.max(0, added - t.total()));
                if (t.total() > added) {
                    throw new IllegalStateException("P14 " + alias + ": total " + t.total() + " exceeds the " + added + " increments made");
                }
            }
        }
        return counts;
    }

    private Counts runBroken(Mode mode) throws Exception {
        Variant variant = Variant.BROKEN;
        Counts counts = new Counts()
                .declare("landed", Grade.ACCEPTABLE, "The increment is in the shared total.")
                .declareBug(variant, "lost", "The increment was overwritten by the other process: its own lock did not exclude it.");
        long n = INCREMENTS * Math.min(mode.scale(), 4);
        Path file = Files.createTempFile(TempFiles.sharedMemoryDir(), TempFiles.prefix("p14"), ".map");
        try (Arena arena = Arena.ofShared()) {
            MemorySegment shared = map(file, arena);
            try (ChildProcess child = ChildProcess.builder(IncrementerRole.class)
                    .args(List.of(file.toString(), Long.toString(n))).readyTimeout(Duration.ofSeconds(30)).start()) {
                LONG.setVolatile(shared, START, 1L);
                increment(shared, n, new ReentrantLock());
                String report = child.awaitReport(Duration.ofSeconds(120));
                if (!"done".equals(report)) {
                    throw new IllegalStateException("P14: child reported '" + report + "'");
                }
            }
            long total = (long) LONG.getVolatile(shared, COUNTER);
            if (total > 2 * n || total < 1) {
                throw new IllegalStateException("P14 " + variant.id() + ": total " + total + " is impossible for 2 x " + n + " increments");
            }
            counts.add("landed", total);
            counts.add("lost", 2 * n - total);
        } finally {
            Files.deleteIfExists(file);
        }
        return counts;
    }

    static MemorySegment map(Path file, Arena arena) throws IOException {
        return map(file, arena, 64);
    }

    /* Maps `bytes` of the file (growing it if needed) into `arena`; the channel can close, the mapping stays. */
    static MemorySegment map(Path file, Arena arena, long bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return ch.map(FileChannel.MapMode.READ_WRITE, 0, bytes, arena);
        }
    }

    /* The Broken increments: read-add-write under this JVM's own lock, which the other process never sees. */
    static void increment(MemorySegment shared, long n, ReentrantLock lockOfThisJvm) {
        for (long i = 0; i < n; i++) {
            lockOfThisJvm.lock();
            try {
                shared.set(JAVA_LONG, COUNTER, shared.get(JAVA_LONG, COUNTER) + 1);
            } finally {
                lockOfThisJvm.unlock();
            }
        }
    }
}
