package dev.sharebench.core.nativeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.testing.ProcCpus;
import dev.sharebench.core.testing.TestThreads;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class NativeOsTest {

    @BeforeEach
    void linuxOnly() {
        assumeTrue(Futex.available(), "Linux only");
    }

    @Test
    void futexReturnsAtOnceWhenTheWordChangedAndTimesOutOtherwise() {
        try (Arena arena = Arena.ofConfined(); Futex futex = new Futex(20_000_000)) {
            MemorySegment word = arena.allocate(4, 4);
            word.set(ValueLayout.JAVA_INT, 0, 5);
            assertTrue(futex.await(word, 4), "value differs: no sleep");
            long t0 = System.nanoTime();
            assertFalse(futex.await(word, 5), "nobody wakes: timeout");
            assertTrue(System.nanoTime() - t0 >= 15_000_000L);
            assertEquals(0, futex.wake(word, 1));
        }
    }

    /*
     * wake() must wake a thread asleep in the kernel. The word keeps its value, so the sleeper cannot
     * return early because the value differed (as it would if it started late), and wake() is retried
     * until it reports the one sleeper woken; the sleeper must then say "woken", not "timed out".
     */
    @Test
    void futexWakesASleeperInAnotherThread() throws Exception {
        try (Arena arena = Arena.ofShared(); Futex waker = new Futex(1_000_000_000)) {
            MemorySegment word = arena.allocate(4, 4);
            Future<Boolean> woke = TestThreads.start("futex-sleeper", () -> {
                try (Futex f = new Futex(5_000_000_000L)) {
                    return f.await(word, 0);
                }
            });
            long deadline = System.nanoTime() + 4_000_000_000L;
            int woken = 0;
            while (woken == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
                woken = waker.wake(word, 1);
            }
            assertEquals(1, woken, "wake() found no sleeper on the word within 4 s");
            assertTrue(TestThreads.join(woke), "the sleeper timed out instead of being woken");
        }
    }

    /* What a thread saw after pinning itself to one CPU: its mask, and the CPU it then ran on (from /proc). */
    private record Pinned(int cpu, BitSet mask, int ranOn) {
    }

    private record Pinnings(List<Pinned> pinned, BitSet restored) {
    }

    /*
     * Every placement figure depends on this. The thread pins itself to each allowed CPU in turn
     * (not only the first: "always CPU 0" would pass that) and records what it observes; the
     * assertions run here, after the join, so that a wrong observation fails the test (an assertion
     * inside the started thread would only reach the uncaught-exception handler).
     */
    @Test
    void pinningTheCurrentThreadMovesItToEachCpuAndCanBeUndone() throws Exception {
        BitSet allowed = Affinity.currentThreadCpus();
        assumeTrue(allowed.cardinality() >= 2, "pinning is observable only with 2 or more CPUs, have " + allowed);
        Pinnings seen = TestThreads.join(TestThreads.start("pinning", () -> {
            List<Pinned> pinned = new ArrayList<>();
            for (int cpu = allowed.nextSetBit(0); cpu >= 0; cpu = allowed.nextSetBit(cpu + 1)) {
                Affinity.pinCurrentThread(ProcCpus.only(cpu));
                pinned.add(new Pinned(cpu, Affinity.currentThreadCpus(), ProcCpus.cpuOfThisThread()));
            }
            Affinity.pinCurrentThread(allowed);
            return new Pinnings(pinned, Affinity.currentThreadCpus());
        }));
        assertEquals(allowed.cardinality(), seen.pinned().size());
        for (Pinned p : seen.pinned()) {
            assertEquals(ProcCpus.only(p.cpu()), p.mask(), "mask after pinning to CPU " + p.cpu());
            assertEquals(p.cpu(), p.ranOn(), "the CPU the kernel ran the thread on after pinning it to CPU " + p.cpu());
        }
        assertEquals(allowed, seen.restored(), "mask after restoring");
    }

    @Test
    void fifoBufferCanBeResizedWithFcntl() throws Exception {
        Path dir = TempFiles.createPrivateDir("test-fifo");
        try {
            Path fifo = dir.resolve("sharebench-test.fifo");
            Fifo.create(fifo);
            CompletableFuture<FileInputStream> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    return new FileInputStream(fifo.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (FileOutputStream out = new FileOutputStream(fifo.toFile()); FileInputStream in = reader.get()) {
                int fd = FileDescriptors.fdOf(fifo);
                assertTrue(PipeSize.set(fd, 1 << 20) >= 1 << 20);
                assertEquals(1 << 20, PipeSize.get(fd));
                out.write(42);
                assertEquals(42, in.read());
            }
        } finally {
            TempFiles.deleteTree(dir);
        }
    }
}
