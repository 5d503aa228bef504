package dev.sharebench.core.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Mechanisms;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * No lost or reordered item: a producer sends 0..N-1 through each handoff with each wait strategy it
 * supports, a consumer checks it receives exactly that sequence. A small capacity (16) forces the
 * full and empty paths (wrap-around of the rings, cached index refresh, blocked puts) all the time.
 */
class HandoffsTest {

    private static final int CAPACITY = 16;
    private static final long DEADLINE_NANOS = 20_000_000_000L;

    static List<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (String alias : Handoffs.aliases()) {
            for (WaitStrategy w : Handoffs.waitStrategies(alias)) {
                out.add(Arguments.of(alias, w));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void everyItemArrivesOnceInOrder(String alias, WaitStrategy wait) throws Exception {
        // Blocking paths wake across vCPUs (~50 us each): fewer items keep the test fast.
        int items = wait == WaitStrategy.BLOCK ? 10_000 : 50_000;
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        BooleanSupplier late = () -> System.nanoTime() > deadline;
        try (Handoff h = Handoffs.create(alias, CAPACITY, wait)) {
            AtomicReference<Throwable> producerFailure = new AtomicReference<>();
            Thread producer = Thread.ofPlatform().name("sharebench-test-producer").start(() -> {
                try {
                    for (long i = 0; i < items; i++) {
                        if (!h.send(i, late)) {
                            throw new IllegalStateException(alias + ": send of " + i + " timed out");
                        }
                    }
                } catch (Throwable t) {
                    producerFailure.set(t);
                }
            });
            for (long expected = 0; expected < items; expected++) {
                long got = h.receive(late);
                if (got != expected) {
                    producer.join(1000);
                    throw new AssertionError(alias + "/" + wait.alias() + ": expected item " + expected + " but got " + got
                            + (got == Handoff.NONE ? " (timed out)" : "") + ", producer failure: " + producerFailure.get());
                }
            }
            producer.join();
            assertEquals(null, producerFailure.get(), alias + " producer");
            assertEquals(Handoff.NONE, h.poll(), alias + ": an extra item appeared");
        }
    }

    @Test
    void boundedRingsRefuseWhenFull() {
        for (String alias : List.of("offheap-spsc-ring", "jctools-spsc", "disruptor", "array-blocking-queue", "lock-condition-deque")) {
            try (Handoff h = Handoffs.create(alias, CAPACITY, WaitStrategy.SPIN)) {
                for (int i = 0; i < CAPACITY; i++) {
                    assertTrue(h.offer(i), alias + " refused item " + i);
                }
                assertFalse(h.offer(99), alias + " accepted more than its capacity");
                assertEquals(0, h.poll(), alias);
                assertTrue(h.offer(CAPACITY), alias + " did not free a slot after a poll");
            }
        }
    }

    @Test
    void registryAndWaitRulesAreConsistent() {
        assertEquals(9, Handoffs.aliases().size());
        for (String alias : Handoffs.aliases()) {
            assertTrue(Mechanisms.exists(alias), alias);
            assertFalse(Handoffs.supports(alias, WaitStrategy.FUTEX), alias + ": futex is cross-process only");
            try (Handoff h = Handoffs.create(alias, CAPACITY, Handoffs.waitStrategies(alias).iterator().next())) {
                assertEquals(Handoffs.supports(alias, WaitStrategy.BLOCK), h.hasBlocking(), alias + ": block support must match hasBlocking()");
            }
        }
        assertFalse(Handoffs.supports("synchronous-queue", WaitStrategy.SPIN));
    }

    @Test
    void badInputNamesTheArgument() {
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                () -> Handoffs.create("synchronous-queue", CAPACITY, WaitStrategy.SPIN));
        assertTrue(w.getMessage().contains("waitStrategy") && w.getMessage().contains("synchronous-queue"), w.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> Handoffs.create("offheap-spsc-ring", 1000, WaitStrategy.SPIN));
        assertTrue(c.getMessage().contains("capacity"), c.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Handoffs.create("atomic-long", CAPACITY, WaitStrategy.SPIN));
    }
}
