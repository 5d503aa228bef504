package dev.sharebench.core.nativeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sharebench.core.process.TempFiles;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
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

    @Test
    void futexWakesASleeperInAnotherThread() throws Exception {
        try (Arena arena = Arena.ofShared(); Futex waker = new Futex(1_000_000_000)) {
            MemorySegment word = arena.allocate(4, 4);
            CompletableFuture<Boolean> woke = CompletableFuture.supplyAsync(() -> {
                try (Futex f = new Futex(5_000_000_000L)) {
                    return f.await(word, 0);
                }
            });
            Thread.sleep(100);
            word.set(ValueLayout.JAVA_INT, 0, 1);
            waker.wake(word, 1);
            assertTrue(woke.get());
        }
    }

    @Test
    void pinningTheCurrentThreadNarrowsItsMaskAndCanBeUndone() throws Exception {
        BitSet before = Affinity.currentThreadCpus();
        Thread t = Thread.ofPlatform().start(() -> {
            BitSet one = new BitSet();
            one.set(before.nextSetBit(0));
            Affinity.pinCurrentThread(one);
            assertEquals(one, Affinity.currentThreadCpus());
            Affinity.pinCurrentThread(before);
            assertEquals(before, Affinity.currentThreadCpus());
        });
        t.join();
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
