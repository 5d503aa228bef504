package dev.sharebench.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import org.junit.jupiter.api.Test;

/*
 * The handoff driver: every item the producer offers is received, in sequence, and timed from its
 * due time; a lost item or a consumer stall is seen, not averaged away. A decorator plants the
 * faults in the consumer's poll.
 */
class HandoffLoadTest {

    private static final long ONE_MS = 1_000_000;

    /** Delegates to a real handoff; its consumer side sleeps 50 ms at item {@code stallAt} or drops item {@code dropAt}. */
    static final class Faulty implements Handoff {
        private final Handoff inner;
        private final long stallAt;
        private final long dropAt;
        private long polled;

        Faulty(Handoff inner, long stallAt, long dropAt) {
            this.inner = inner;
            this.stallAt = stallAt;
            this.dropAt = dropAt;
        }

        @Override
        public String alias() {
            return inner.alias();
        }

        @Override
        public WaitStrategy waitStrategy() {
            return inner.waitStrategy();
        }

        @Override
        public boolean offer(long item) {
            return inner.offer(item);
        }

        @Override
        public long poll() {
            long item = inner.poll();
            if (item == NONE) {
                return NONE;
            }
            polled++;
            if (polled == stallAt) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return polled == dropAt ? NONE : item; // a dropped item is lost for good
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static Handoff queue() {
        return Handoffs.create("array-blocking-queue", 64, WaitStrategy.YIELD);
    }

    @Test
    void everyItemArrivesTimedAndCounted() {
        try (Handoff h = queue(); HandoffLoad load = new HandoffLoad(h, -1)) {
            LoadInterval first = load.run(Pacer.open(20_000), 200);
            LoadInterval second = load.run(Pacer.closed(), 100);
            assertEquals(first.messages(), first.latency().getTotalCount(), "every item of the interval recorded once");
            assertEquals(second.messages(), second.latency().getTotalCount());
            assertEquals(first.messages() + second.messages(), load.sent());
            // An open loop never sends ahead of its schedule; how close it gets depends on the machine
            // (a loaded host falls behind), which is a benchmark's question, not a unit test's.
            assertTrue(first.achievedRate() > 0 && first.achievedRate() <= 20_000 * 1.05, "achieved " + first.achievedRate());
            assertNull(first.fromSend(), "a handoff's consumer only knows the due time");
        }
    }

    @Test
    void aConsumerStallRaisesTheOpenLoopP99() {
        try (HandoffLoad load = new HandoffLoad(new Faulty(queue(), 1_000, 0), -1)) {
            LoadInterval r = load.run(Pacer.open(5_000), 600);
            assertTrue(r.latencyAt(99) > 10 * ONE_MS, "p99 " + r.latencyAt(99) / 1e3 + " us over " + r.messages());
        }
    }

    @Test
    void aLostItemFailsLoudly() {
        HandoffLoad load = new HandoffLoad(new Faulty(queue(), 0, 100), -1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load.run(Pacer.open(20_000), 100));
        assertTrue(e.getMessage().contains("array-blocking-queue"), e.getMessage());
        IllegalStateException c = assertThrows(IllegalStateException.class, load::close);
        assertTrue(String.valueOf(c.getCause()).contains("expected item 99"), String.valueOf(c.getCause()));
    }
}
