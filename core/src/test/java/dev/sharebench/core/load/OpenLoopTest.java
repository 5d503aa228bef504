package dev.sharebench.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.RoundTrip;
import org.junit.jupiter.api.Test;

/*
 * The coordinated-omission correction at work. An echo peer that answers in ~20 us, except once,
 * when it sleeps 50 ms (a GC pause, a preempted peer). Offered at 5,000 msg/s (one message every
 * 200 us), that one stall holds up the ~250 messages due during it, and the open loop charges each
 * of them from its due time: p99 becomes tens of milliseconds. The closed loop (the next message
 * goes when the last one is back) sees the stall once among ~10,000 round trips: p99 stays at the
 * service time. The same open-loop run timed from the ACTUAL send also hides it: measuring from the
 * intended time is the whole correction (change RoundTripLoad to record done - sentAt and the
 * first test fails).
 */
class OpenLoopTest {

    private static final long SERVICE_NANOS = 20_000;
    private static final long STALL_MILLIS = 50;
    private static final long ONE_MS = 1_000_000;

    /** Echoes after a ~20 us busy wait; the {@code stallAt}-th call sleeps 50 ms first (0: never). */
    static final class StallingEcho implements RoundTrip {
        private final long stallAt;
        private final long wrongAt;
        private long calls;

        StallingEcho(long stallAt, long wrongAt) {
            this.stallAt = stallAt;
            this.wrongAt = wrongAt;
        }

        @Override
        public long roundTrip(long value) {
            calls++;
            if (calls == stallAt) {
                try {
                    Thread.sleep(STALL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            long until = System.nanoTime() + SERVICE_NANOS;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return calls == wrongAt ? value : RoundTrip.reply(value);
        }

        @Override
        public String mechanism() {
            return "stalling-echo";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStallRaisesTheOpenLoopP99ButNotTheClosedLoopOne() {
        LoadInterval open;
        try (RoundTripLoad load = new RoundTripLoad(new StallingEcho(1_000, 0))) {
            open = load.run(Pacer.open(5_000), 600);
        }
        LoadInterval closed;
        try (RoundTripLoad load = new RoundTripLoad(new StallingEcho(1_000, 0))) {
            closed = load.run(Pacer.closed(), 300);
        }
        String figures = "open p99 " + open.latencyAt(99) / 1e3 + " us (from send: " + open.fromSend().getValueAtPercentile(99) / 1e3
                + " us), closed p99 " + closed.latencyAt(99) / 1e3 + " us, messages " + open.messages() + "/" + closed.messages();
        // Both saw the stall itself.
        assertTrue(open.latency().getMaxValue() >= STALL_MILLIS * ONE_MS * 9 / 10, figures);
        assertTrue(closed.latency().getMaxValue() >= STALL_MILLIS * ONE_MS * 9 / 10, figures);
        // Open loop, from the due time: the ~250 held-up messages are >1% of ~3,000, so p99 is many ms.
        assertTrue(open.latencyAt(99) > 10 * ONE_MS, figures);
        // The closed loop, and the same open run timed from the actual send, hide it.
        assertTrue(closed.latencyAt(99) < ONE_MS, figures);
        assertTrue(open.fromSend().getValueAtPercentile(99) < ONE_MS, figures);
    }

    @Test
    void anOpenLoopOffersTheRateAndCountsEveryMessage() {
        try (RoundTripLoad load = new RoundTripLoad(new StallingEcho(0, 0))) {
            LoadInterval r = load.run(Pacer.open(2_000), 300);
            assertEquals(r.messages(), r.latency().getTotalCount());
            assertEquals(r.messages(), load.sent());
            assertEquals(2_000, r.achievedRate(), 300, "achieved " + r.achievedRate() + " msg/s");
            assertEquals(LoadMode.OPEN, r.mode());
        }
    }

    @Test
    void aWrongEchoFailsNamingTheMechanism() {
        try (RoundTripLoad load = new RoundTripLoad(new StallingEcho(0, 5))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> load.run(Pacer.closed(), 100));
            assertTrue(e.getMessage().contains("stalling-echo") && e.getMessage().contains("sent 5"), e.getMessage());
        }
    }

    @Test
    void sendingBeforeBeginFails() {
        try (RoundTripLoad load = new RoundTripLoad(new StallingEcho(0, 0))) {
            assertThrows(IllegalStateException.class, load::sendOne);
        }
        assertThrows(IllegalArgumentException.class, () -> Pacer.open(0));
    }
}
