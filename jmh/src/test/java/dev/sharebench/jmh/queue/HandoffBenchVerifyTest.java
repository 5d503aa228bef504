package dev.sharebench.jmh.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* The handoff benchmarks' own checks: a gap, a reorder, or an unreceived item fails the run. */
class HandoffBenchVerifyTest {

    private static HandoffBench.Polling open(String alias) {
        HandoffBench.Polling p = new HandoffBench.Polling();
        p.mechanism = alias;
        p.waitStrategy = "spin";
        p.capacity = 16;
        p.setUp();
        return p;
    }

    @Test
    void consumerRejectsAGapAndAReorder() {
        HandoffBench.Polling p = open("offheap-spsc-ring");
        p.check(0);
        IllegalStateException gap = assertThrows(IllegalStateException.class, () -> p.check(2));
        assertTrue(gap.getMessage().contains("offheap-spsc-ring") && gap.getMessage().contains("lost"), gap.getMessage());
        IllegalStateException reorder = assertThrows(IllegalStateException.class, () -> p.check(0));
        assertTrue(reorder.getMessage().contains("reordered"), reorder.getMessage());
        p.handoff.close();
    }

    @Test
    void teardownDrainsInOrderAndCountsEveryItem() {
        HandoffBench.Polling ok = open("jctools-spsc");
        for (long i = 0; i < 3; i++) {
            assertTrue(ok.handoff.offer(i));
            ok.sent.next++;
        }
        ok.tearDown();
        assertEquals(3, ok.received.next);

        HandoffBench.Polling lost = open("disruptor");
        lost.handoff.offer(0);
        lost.sent.next = 2; // the producer believes it sent two items
        IllegalStateException e = assertThrows(IllegalStateException.class, lost::tearDown);
        assertTrue(e.getMessage().contains("disruptor") && e.getMessage().contains("sent 2"), e.getMessage());
    }

    @Test
    void echoPairRoundTripsAndStopsItsThread() throws Exception {
        EchoPair pair = new EchoPair("lock-condition-deque", 16, "block");
        for (int i = 0; i < 100; i++) {
            assertEquals(i, pair.roundTrip());
        }
        pair.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("sharebench-echo-lock-condition-deque")),
                "echo thread left running");
    }
}
