package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.RoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.wait.WaitStrategy;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class MmapTest {

    @Test
    void aLateAttachSeesTheDataAndWipesNothing() {
        try (SharedMapping first = SharedMapping.create(TempFiles.sharedMemoryDir(), "test", ExchangeLayout.BYTES, ExchangeLayout.VERSION)) {
            assertTrue(first.path().getFileName().toString().startsWith("sharebench-"));
            first.segment().set(ValueLayout.JAVA_LONG, ExchangeLayout.COUNTER, 42L);
            try (SharedMapping late = SharedMapping.attach(first.path(), ExchangeLayout.BYTES, ExchangeLayout.VERSION)) {
                assertEquals(42L, late.segment().get(ValueLayout.JAVA_LONG, ExchangeLayout.COUNTER));
                assertEquals(SharedMapping.MAGIC, late.segment().get(ValueLayout.JAVA_LONG, 0));
            }
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> SharedMapping.attach(first.path(), ExchangeLayout.BYTES, ExchangeLayout.VERSION + 1));
            assertTrue(e.getMessage().contains("layout version"), e.getMessage());
        }
    }

    @Test
    void theCreatorDeletesTheFileOnClose() {
        Path p;
        try (SharedMapping m = SharedMapping.create(TempFiles.sharedMemoryDir(), "test", 4096, 1)) {
            p = m.path();
            assertTrue(Files.exists(p));
        }
        assertFalse(Files.exists(p));
    }

    @Test
    void theChildUnlinksTheFileOnceBothSidesMappedIt() throws Exception {
        try (MmapPingPong pp = new MmapPingPong("mmap-futex", WaitStrategy.FUTEX, Placement.OS)) {
            assertEquals(RoundTrip.reply(7L), pp.roundTrip(7L));
            try (var files = Files.list(TempFiles.sharedMemoryDir())) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(TempFiles.prefix("pingpong"))),
                        "the mapping's name must be gone while the run goes on");
            }
        }
    }

    /* A peer that dies mid-exchange: the waiter gives up with a clear error instead of spinning forever. */
    @ParameterizedTest
    @ValueSource(strings = {"mmap-spin", "mmap-futex"})
    void aDeadPeerIsDetectedWhileWaiting(String mechanism) {
        WaitStrategy wait = mechanism.equals("mmap-spin") ? WaitStrategy.SPIN : WaitStrategy.FUTEX;
        MmapPingPong pp = new MmapPingPong(mechanism, wait, Placement.OS);
        try {
            assertEquals(RoundTrip.reply(1L), pp.roundTrip(1L));
            ProcessHandle.of(pp.child().pid()).orElseThrow().destroyForcibly();
            long t0 = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (long v = 2; ; v++) {
                    pp.roundTrip(v);
                }
            });
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(e.getMessage().contains("died while the parent waited"), e.getMessage());
            assertTrue(ms < 5000, "detection took " + ms + " ms");
        } finally {
            assertThrows(IllegalStateException.class, pp::close, "closing a killed child reports it");
        }
    }
}
