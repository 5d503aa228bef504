package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * No lost or reordered item: a producer sends 0, 1, 2, ... through each handoff with each wait
 * strategy it supports, a consumer checks it receives exactly that sequence, no gap, no extra. A small capacity (16) forces the
 * full and empty paths (wrap-around of the rings, cached index refresh, blocked puts) all the time.
 */
class HandoffsTest {

    private static final int CAPACITY = 16;
    private static final long DEADLINE_NANOS = 10_000_000_000L;
    private static final long TIME_BUDGET_NANOS = 500_000_000L;
    /** Sent even past the time budget: 12 wrap-arounds of a 16-slot ring. */
    private static final long MIN_ITEMS = 200;

    static List<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (String alias : Handoffs.FACTORY.aliases()) {
            for (WaitStrategy w : Handoffs.FACTORY.waits(alias)) {
                out.add(Arguments.of(alias, w));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void everyItemArrivesOnceInOrder(String alias, WaitStrategy wait) throws Exception {
        // Up to N items or TIME_BUDGET, whichever comes first (but at least MIN_ITEMS): two spinning
        // threads crawl when other processes take the CPUs (each burns its slice waiting for the
        // other), and the test is about order and loss, not speed. The producer announces how many
        // it sent.
        int items = wait == WaitStrategy.BLOCK ? 10_000 : 50_000;
        long start = System.nanoTime();
        long deadline = start + DEADLINE_NANOS;
        BooleanSupplier late = () -> System.nanoTime() > deadline;
        try (Handoff h = Handoffs.create(alias, CAPACITY, wait)) {
            AtomicReference<Throwable> producerFailure = new AtomicReference<>();
            AtomicLong sent = new AtomicLong(-1); // -1 until the producer is done
            Thread producer = Thread.ofPlatform().name("sharebench-test-producer").start(() -> {
                long i = 0;
                try {
                    for (; i < items && (i < MIN_ITEMS || System.nanoTime() - start < TIME_BUDGET_NANOS); i++) {
                        if (!h.send(i, late)) {
                            throw new IllegalStateException(alias + ": send of " + i + " timed out");
                        }
                    }
                } catch (Throwable t) {
                    producerFailure.set(t);
                } finally {
                    sent.set(i);
                }
            });
            long expected = 0;
            while (true) {
                final long received = expected;
                long got = h.receive(() -> late.getAsBoolean() || sent.get() == received);
                if (got == Handoff.NONE) {
                    if (sent.get() == expected) {
                        break;
                    }
                    producer.join(1000);
                    throw new AssertionError(alias + "/" + wait.alias() + ": timed out waiting for item " + expected
                            + ", producer failure: " + producerFailure.get());
                }
                if (got != expected) {
                    throw new AssertionError(alias + "/" + wait.alias() + ": expected item " + expected + " but got " + got);
                }
                expected++;
            }
            producer.join();
            assertEquals(null, producerFailure.get(), alias + " producer");
            assertTrue(expected >= MIN_ITEMS, alias + "/" + wait.alias() + ": only " + expected + " items moved");
            assertEquals(Handoff.NONE, h.poll(), alias + ": an extra item appeared");
        }
    }

    @Test
    void boundedAndCappedMechanismsRefuseWhenFull() {
        for (String alias : List.of("offheap-spsc-ring", "jctools-spsc", "disruptor", "array-blocking-queue", "lock-condition-deque",
                "linked-blocking-queue", "concurrent-linked-queue", "linked-transfer-queue")) {
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
        assertTrue(Handoffs.FACTORY.aliases().size() >= 9, "the handoff factory lost registrations: " + Handoffs.FACTORY.aliases());
        for (String alias : Handoffs.FACTORY.aliases()) {
            assertTrue(Mechanisms.exists(alias), alias);
            assertFalse(Handoffs.FACTORY.supports(alias, WaitStrategy.FUTEX), alias + ": futex is cross-process only");
            try (Handoff h = Handoffs.create(alias, CAPACITY, Handoffs.FACTORY.waits(alias).iterator().next())) {
                assertEquals(Handoffs.FACTORY.supports(alias, WaitStrategy.BLOCK), h.hasBlocking(), alias + ": block support must match hasBlocking()");
            }
        }
        assertFalse(Handoffs.FACTORY.supports("synchronous-queue", WaitStrategy.SPIN));
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
