package dev.sharebench.core.proof.cases;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.sharebench.core.mmap.SharedMapping;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/*
 * Proof 19, the lifecycle of shared memory: a parent creates a mapping file in /dev/shm (RAM), a
 * child maps it and writes a value, the parent reads it, and both close their mappings and end.
 *
 * Unmapping frees nothing: the file is a name in a RAM file system, and it lives until someone
 * deletes it, after both processes are gone, across runs, until reboot (Python's SharedMemory
 * without unlink(), a POSIX shm_open without shm_unlink). Broken: nobody deletes it: after both
 * processes ended, the file is still there (the proof then deletes it itself). Fixed: the suite's
 * SharedMapping (mmap family): the creator's close() deletes the file, and the name can go as soon
 * as both sides have mapped it (the pages live on while mapped), so nothing is left behind.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P19
 */
public final class Mmap_19_MappingLifecycle implements Proof {

    static final int TRIALS = 3;
    static final long MAGIC = 0x5EB_19L;

    static final long BYTES = 128;
    static final long VALUE_OFFSET = 64; // after SharedMapping's 64-byte header
    static final int VERSION = 19;

    /** The child: maps the file (plainly, or through SharedMapping), writes MAGIC, closes its mapping, reports. */
    public static final class WriterRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            Path file = Path.of(ctx.arg(0, "mapping file"));
            if (Variant.valueOf(ctx.arg(1, "variant")) == Variant.BROKEN) {
                try (Arena arena = Arena.ofShared()) {
                    Mmap_14_InJvmLock.map(file, arena, BYTES).set(JAVA_LONG, VALUE_OFFSET, MAGIC);
                }
            } else {
                try (SharedMapping m = SharedMapping.attach(file, BYTES, VERSION)) {
                    m.segment().set(JAVA_LONG, VALUE_OFFSET, MAGIC);
                }
            }
            ctx.ready("");
            ctx.report("written");
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P19").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("nothing-left", Grade.ACCEPTABLE, "After both processes ended, the mapping file was gone.")
                .declareBug(variant, "file-left-behind", "After both processes ended, the mapping file was still in /dev/shm (the proof then deleted it).");
        for (int i = 0; i < TRIALS * Math.min(mode.scale(), 2); i++) {
            counts.count(oneTrial(variant));
        }
        return counts;
    }

    private static String oneTrial(Variant variant) throws Exception {
        return variant == Variant.BROKEN ? plainTrial() : sharedMappingTrial();
    }

    /* Broken: create, map and share a file; nobody ever deletes it. */
    private static String plainTrial() throws Exception {
        Path file = Files.createTempFile(TempFiles.sharedMemoryDir(), TempFiles.prefix("p19"), ".map");
        try {
            try (Arena arena = Arena.ofShared()) {
                MemorySegment shared = Mmap_14_InJvmLock.map(file, arena, BYTES);
                childWrites(file, Variant.BROKEN);
                check(shared.get(JAVA_LONG, VALUE_OFFSET));
            }
            return Files.exists(file) ? "file-left-behind" : "nothing-left";
        } finally {
            Files.deleteIfExists(file); // the proof leaves nothing behind, whatever the variant showed
        }
    }

    /* Fixed: the suite's SharedMapping; its close() deletes the file. */
    private static String sharedMappingTrial() throws Exception {
        Path file;
        try (SharedMapping m = SharedMapping.create(TempFiles.sharedMemoryDir(), "p19", BYTES, VERSION)) {
            file = m.path();
            childWrites(file, Variant.FIXED);
            check(m.segment().get(JAVA_LONG, VALUE_OFFSET));
        }
        boolean left = Files.exists(file);
        Files.deleteIfExists(file); // never leave one behind, even if the fix failed
        return left ? "file-left-behind" : "nothing-left";
    }

    private static void childWrites(Path file, Variant variant) {
        try (ChildProcess child = ChildProcess.builder(WriterRole.class).args(List.of(file.toString(), variant.name()))
                .readyTimeout(Duration.ofSeconds(30)).start()) {
            if (!"written".equals(child.awaitReport(Duration.ofSeconds(30)))) {
                throw new IllegalStateException("P19: the child did not write");
            }
        }
    }

    private static void check(long seen) {
        if (seen != MAGIC) {
            throw new IllegalStateException("P19: the parent read " + seen + " from the mapping, the child wrote " + MAGIC);
        }
    }
}
