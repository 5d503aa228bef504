package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.Scratch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Per-thread state isolation: MessageDigest is not thread-safe, so two threads sharing one without
 * exclusion corrupt each other's digests. Two threads (platform, then virtual) hash different inputs
 * thousands of times through each mechanism; every digest must match the known SHA-256.
 */
class ScratchesTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ABC_SHA256 = HexFormat.of().parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    private static final byte[] OTHER = "sharebench".getBytes(StandardCharsets.US_ASCII);
    private static final int OPS = 20_000;

    static Iterable<String> aliases() {
        return Scratches.FACTORY.aliases();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void twoPlatformThreadsNeverShareAnInstanceUnsafely(String alias) throws Exception {
        runTwo(alias, false);
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void twoVirtualThreadsNeverShareAnInstanceUnsafely(String alias) throws Exception {
        runTwo(alias, true);
    }

    private static void runTwo(String alias, boolean virtual) throws Exception {
        byte[] otherDigest = sha256().digest(OTHER);
        try (Scratch<MessageDigest> s = Scratches.create(alias, ScratchesTest::sha256, 2)) {
            assertEquals(alias, s.alias());
            CyclicBarrier start = new CyclicBarrier(2);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread a = start(virtual, () -> hashMany(s, ABC, ABC_SHA256, start), failure);
            Thread b = start(virtual, () -> hashMany(s, OTHER, otherDigest, start), failure);
            a.join();
            b.join();
            assertEquals(null, failure.get(), alias + (virtual ? " on virtual threads" : " on platform threads"));
        }
    }

    private static Thread start(boolean virtual, Runnable r, AtomicReference<Throwable> failure) {
        Runnable guarded = () -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        return virtual ? Thread.ofVirtual().name("sharebench-test-v").start(guarded)
                : Thread.ofPlatform().name("sharebench-test-p").start(guarded);
    }

    private static void hashMany(Scratch<MessageDigest> s, byte[] input, byte[] expected, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException("start barrier failed", e);
        }
        for (int task = 0; task < OPS / 10; task++) {
            s.task(() -> {
                for (int op = 0; op < 10; op++) {
                    // Two updates per digest widen the window in which a shared instance gets mixed.
                    byte[] d = s.use(md -> {
                        md.update(input, 0, 1);
                        md.update(input, 1, input.length - 1);
                        return md.digest();
                    });
                    assertArrayEquals(expected, d, s.alias() + ": digest corrupted (scratch shared unsafely)");
                }
                return null;
            });
        }
    }

    @Test
    void threadLocalKeepsOneInstancePerThreadAndScopedValueOnePerTask() {
        try (Scratch<Object> tl = Scratches.create("thread-local", Object::new, 1);
             Scratch<Object> sv = Scratches.create("scoped-value", Object::new, 1)) {
            Object first = tl.task(() -> tl.use(o -> o));
            assertSame(first, tl.task(() -> tl.use(o -> o)), "thread-local: same thread, same instance");
            Object[] inOneTask = sv.task(() -> new Object[] {sv.use(o -> o), sv.use(o -> o)});
            assertSame(inOneTask[0], inOneTask[1], "scoped-value: one instance per task");
            assertNotSame(inOneTask[0], sv.task(() -> sv.use(o -> o)), "scoped-value: a new task binds a new instance");
            assertThrows(IllegalStateException.class, () -> sv.use(o -> o), "scoped-value outside a task");
        }
    }

    @Test
    void carriersRunTasksOnTheirKindOfThreadAndStop() throws Exception {
        for (String carrier : Carriers.names()) {
            java.util.concurrent.ExecutorService e = Carriers.create(carrier, 1);
            Thread first = e.submit(Thread::currentThread).get();
            Thread second = e.submit(Thread::currentThread).get();
            assertEquals(carrier.equals("virtual"), first.isVirtual(), carrier);
            assertEquals(carrier.equals("platform"), first == second, carrier + ": pooled threads are reused, virtual ones never");
            e.shutdown();
            assertTrue(e.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS), carrier + " did not stop");
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Carriers.create("green", 1));
        assertTrue(bad.getMessage().contains("carrier"), bad.getMessage());
    }

    @Test
    void registryAndBadInput() {
        Scratches.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
        assertThrows(IllegalArgumentException.class, () -> Scratches.create("heap-array", Object::new, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scratches.create("queue-pool", Object::new, 0));
        assertTrue(e.getMessage().contains("parties"), e.getMessage());
    }
}
