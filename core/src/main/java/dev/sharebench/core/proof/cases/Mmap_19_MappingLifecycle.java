package dev.sharebench.core.proof.cases;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

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
 * processes ended, the file is still there (the proof then deletes it itself). Fixed: the creator's
 * close path deletes the file (here: once the child has mapped it; the mappings stay valid after
 * the name is gone), so nothing is left whatever happens next.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P19
 */
public final class Mmap_19_MappingLifecycle implements Proof {

    static final int TRIALS = 3;
    static final long MAGIC = 0x5EB_19L;

    /** The child: maps the file, writes MAGIC, closes its mapping, reports. */
    public static final class WriterRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            Path file = Path.of(ctx.arg(0, "mapping file"));
            try (Arena arena = Arena.ofShared()) {
                MemorySegment shared = Mmap_14_InJvmLock.map(file, arena);
                shared.set(JAVA_LONG, 0, MAGIC);
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
        Path file = Files.createTempFile(TempFiles.sharedMemoryDir(), TempFiles.PREFIX + "p19-", ".map");
        try {
            try (Arena arena = Arena.ofShared()) {
                MemorySegment shared = Mmap_14_InJvmLock.map(file, arena);
                try (ChildProcess child = ChildProcess.builder(WriterRole.class).args(List.of(file.toString()))
                        .readyTimeout(Duration.ofSeconds(30)).start()) {
                    if (!"written".equals(child.awaitReport(Duration.ofSeconds(30)))) {
                        throw new IllegalStateException("P19: the child did not write");
                    }
                }
                if (variant == Variant.FIXED) {
                    Files.delete(file); // the delete-on-close path: both sides have mapped it, the name can go
                }
                long seen = shared.get(JAVA_LONG, 0);
                if (seen != MAGIC) {
                    throw new IllegalStateException("P19 " + variant.id() + ": parent read " + seen + ", the child wrote " + MAGIC);
                }
            }
            return Files.exists(file) ? "file-left-behind" : "nothing-left";
        } finally {
            Files.deleteIfExists(file); // the proof leaves nothing behind, whatever the variant showed
        }
    }
}
