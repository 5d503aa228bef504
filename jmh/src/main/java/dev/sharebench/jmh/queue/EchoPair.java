package dev.sharebench.jmh.queue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Two handoffs of one mechanism and an echo thread: the benchmark thread sends n on
 * {@code request}, the echo thread sends it back on {@code reply}. One round trip = two handoffs.
 * The echo thread is ours (named {@code sharebench-echo-<alias>}) and is always stopped and joined by
 * {@link #close()}.
 */
final class EchoPair implements AutoCloseable {

    private static final long JOIN_TIMEOUT_MS = 5_000;
    /** A round trip that takes this long means a lost item or a stuck echo: fail, do not hang. */
    private static final long ROUND_TRIP_TIMEOUT_NANOS = 10_000_000_000L;

    private final String mechanism;
    private final Handoff request;
    private final Handoff reply;
    private final Thread echo;
    private volatile boolean running = true;
    private volatile Throwable echoFailure;
    private final BooleanSupplier echoStopped = () -> !running;
    private final BooleanSupplier pingerStop;
    private final PingerSide pinger = new PingerSide();

    /**
     * The benchmark thread's own counters, padded: as fields of this object they would share a
     * line with `running` and the handoff references that the echo thread reads on every round
     * trip, adding a line transfer per round trip (see FloorBench's NOTE).
     */
    private static final class PingerSide {
        @SuppressWarnings("unused") long p01, p02, p03, p04, p05, p06, p07, p08;
        long next;         // next sequence number to send
        long waitingSince; // 0 until the current round trip first checks its stop condition
        @SuppressWarnings("unused") long p11, p12, p13, p14, p15, p16, p17, p18;
    }

    EchoPair(String mechanism, int capacity, String waitStrategy) {
        WaitStrategy wait = WaitStrategy.of(waitStrategy);
        this.mechanism = mechanism;
        this.request = Handoffs.create(mechanism, capacity, wait);
        this.reply = Handoffs.create(mechanism, capacity, wait);
        this.echo = Thread.ofPlatform().daemon().name("sharebench-echo-" + mechanism).start(this::echoLoop);
        // The pinger gives up if the echo thread is gone or the round trip takes absurdly long. The
        // clock is read only when the wait loop checks (every 256 failed attempts or 1 ms of block).
        this.pingerStop = () -> !echo.isAlive() || tooLong();
    }

    private void echoLoop() {
        try {
            while (running) {
                long n = request.receive(echoStopped);
                if (n == Handoff.NONE || !reply.send(n, echoStopped)) {
                    return;
                }
            }
        } catch (Throwable t) {
            echoFailure = t;
        }
    }

    private boolean tooLong() {
        long now = System.nanoTime();
        if (pinger.waitingSince == 0) {
            pinger.waitingSince = now;
        }
        return now - pinger.waitingSince > ROUND_TRIP_TIMEOUT_NANOS;
    }

    /** One round trip; returns the echoed sequence number after checking it. */
    long roundTrip() throws InterruptedException {
        PingerSide me = pinger;
        me.waitingSince = 0;
        long n = me.next++;
        if (!request.send(n, pingerStop)) {
            throw failure("request " + n + " not accepted");
        }
        long r = reply.receive(pingerStop);
        if (r != n) {
            throw failure("sent " + n + " but the echo was " + (r == Handoff.NONE ? "never received" : r));
        }
        return r;
    }

    long roundTrips() {
        return pinger.next;
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(mechanism + ": " + what + " (echo thread alive: " + echo.isAlive() + ")", echoFailure);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        echo.join(TimeUnit.MILLISECONDS.toMillis(JOIN_TIMEOUT_MS));
        request.close();
        reply.close();
        if (echo.isAlive()) {
            throw new IllegalStateException(mechanism + ": echo thread did not stop within " + JOIN_TIMEOUT_MS + " ms");
        }
        if (echoFailure != null) {
            throw new IllegalStateException(mechanism + ": echo thread failed", echoFailure);
        }
    }
}
