package dev.sharebench.core.nativeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/* The facades of the polling waits and of the CPU-per-op meter: PipeChannel and CpuClock. */
@Timeout(30)
class PipeChannelAndCpuClockTest {

    @BeforeEach
    void linuxOnly() {
        assumeTrue(CpuClock.available(), "Linux only");
    }

    /*
     * A second, non-blocking end on another process's pipes through /proc/<pid>/fd (here `cat`):
     * an empty pipe reads 0 at once, poll times out, data comes back, and once the peer is gone
     * the read end reports end of stream (-1), not "empty".
     */
    @Test
    void pipeChannelReadsWithoutBlockingAndSeesTheEndOfStream() throws Exception {
        Process cat = new ProcessBuilder("cat").start();
        try (PipeChannel ch = PipeChannel.open(Path.of("/proc/" + cat.pid() + "/fd/1"), Path.of("/proc/" + cat.pid() + "/fd/0"))) {
            ByteBuffer in = ByteBuffer.allocateDirect(64);
            assertEquals(0, ch.read(in), "nothing written yet: 0, at once");
            assertFalse(ch.awaitReady(false, 20), "poll times out on an empty pipe");
            assertTrue(ch.awaitReady(true, 20), "an empty pipe has room");
            ByteBuffer out = ByteBuffer.allocateDirect(5).put("hello".getBytes(StandardCharsets.US_ASCII)).flip();
            assertEquals(5, ch.write(out));
            assertTrue(ch.awaitReady(false, 5_000), "cat echoed");
            int n = 0;
            while (n < 5) {
                n += ch.read(in);
            }
            assertEquals("hello", StandardCharsets.US_ASCII.decode(in.flip()).toString());
            cat.destroyForcibly().waitFor();
            in.clear();
            assertTrue(ch.awaitReady(false, 5_000), "a hang-up wakes poll");
            assertEquals(-1, ch.read(in), "every writer of cat's stdout is gone: end of stream");
            assertThrows(IllegalArgumentException.class, () -> ch.read(ByteBuffer.allocate(4)), "heap buffers are refused");
        } finally {
            cat.destroyForcibly();
        }
    }

    /*
     * The kernel's CPU clocks, each against an independent source: ours against the JDK's thread CPU
     * time (the process has at least its thread's), another process's against ProcessHandle's
     * 10 ms ticks read just before (the clock has at least those, and not much more).
     */
    @Test
    void cpuClockReadsThisAndAnotherProcess() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long self0 = CpuClock.selfNanos();
        long thread0 = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - thread0 < 30_000_000L) {
            x++;
        }
        long selfUsed = CpuClock.selfNanos() - self0;
        long threadUsed = threads.getCurrentThreadCpuTime() - thread0;
        assertTrue(selfUsed >= threadUsed - 1_000_000L && selfUsed < threadUsed + 5_000_000_000L,
                "process clock " + selfUsed + " ns vs this thread's " + threadUsed + " ns (" + x + " spins)");

        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            long ticks = 0;
            for (long t0 = System.nanoTime(); ticks < 100_000_000L && System.nanoTime() - t0 < 10_000_000_000L; Thread.sleep(20)) {
                ticks = spinner.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
            }
            long ns = CpuClock.processNanos(spinner.pid());
            assertTrue(ticks >= 100_000_000L, "the shell spun");
            assertTrue(ns >= ticks - 10_000_000L && ns < ticks + 200_000_000L, "clock " + ns + " ns vs /proc ticks " + ticks + " ns");
        } finally {
            spinner.destroyForcibly().waitFor();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CpuClock.processNanos(spinner.pid()));
        assertTrue(e.getMessage().contains(Long.toString(spinner.pid())), e.getMessage());
    }
}
