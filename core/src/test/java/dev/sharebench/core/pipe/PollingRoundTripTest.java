package dev.sharebench.core.pipe;

import static dev.sharebench.core.process.ProcessSignals.awaitStopped;
import static dev.sharebench.core.process.ProcessSignals.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Each kernel transport with a polling wait, both ends polling; together the cases cover both waits
 * on both kinds of channel (PipeChannel with poll(2), a socket with an epoll Selector):
 *  - round trips echo, every echo checked (FrameRoundTrip and ProcessQueueRoundTrip throw otherwise);
 *  - a peer that stops answering is detected within the parent's bound: SIGSTOP freezes the child
 *    with its descriptors open, so no end of stream ever comes, only silence;
 *  - the child's own polling wait is bounded too: once it runs again and is asked to stop (the link
 *    left open), it leaves its wait and exits cleanly. (Closing the link at once instead would make
 *    TCP reset the child's socket: the parent closes with the late echo unread.)
 * One child JVM per case (the test's time is their starts, so not all ten pairs); the bound is
 * 250 ms instead of the benchmarks' 20 s.
 */
@Timeout(60)
class PollingRoundTripTest {

    private static final Duration HANG = Duration.ofMillis(250);
    private static final List<CompletableFuture<Void>> CLOSING = new CopyOnWriteArrayList<>();

    static Stream<Arguments> transportsAndWaits() {
        return Stream.of(Arguments.of("pipe", WaitStrategy.SPIN_THEN_BLOCK), Arguments.of("fifo", WaitStrategy.BUSY_POLL),
                Arguments.of("uds", WaitStrategy.BUSY_POLL), Arguments.of("tcp", WaitStrategy.SPIN_THEN_BLOCK),
                Arguments.of("process-queue", WaitStrategy.BUSY_POLL));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("transportsAndWaits")
    void echoesThenDetectsAStoppedPeerThenStopsOnRequest(String transport, WaitStrategy wait) throws Exception {
        String alias = transport + "-" + wait.alias();
        ChildProcess child;
        RoundTrip rt;
        if (transport.equals("process-queue")) {
            ProcessQueueRoundTrip q = new ProcessQueueRoundTrip(alias, wait, Placement.OS, ProcessQueueEchoRole.class, HANG);
            child = q.child();
            rt = q;
        } else {
            FrameRoundTrip f = new FrameRoundTrip(alias, transport, wait, Placement.OS, FrameReplyRole.class, HANG);
            child = f.child();
            rt = f;
        }
        boolean handedOver = false;
        try {
            for (long v = 1; v <= 50; v++) {
                assertEquals(RoundTrip.reply(v * 7), rt.roundTrip(v * 7));
            }
            signal(child, "STOP");
            awaitStopped(child.pid());
            long t0 = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rt.roundTrip(-1));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String why = e.getMessage() + " / cause: " + e.getCause();
            assertTrue(why.contains(alias + ": round trip -1 failed") && why.contains("stopped answering") && why.contains("still running"), why);
            assertTrue(ms >= HANG.toMillis() && ms < HANG.toMillis() + 1_500, "detected after " + ms + " ms");

            signal(child, "CONT");
            child.requestStop();
            // The child's exit (a JVM shutdown) is awaited in the background while the next case starts its child.
            CLOSING.add(CompletableFuture.runAsync(() -> {
                try {
                    assertTrue(ProcessHandle.of(child.pid()).map(p -> p.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join() != null)
                            .orElse(true), alias + ": a polling child asked to stop must leave its wait and exit");
                } finally {
                    rt.close();
                }
            }));
            handedOver = true;
        } finally {
            if (!handedOver) {
                signal(child, "CONT");
                rt.close();
            }
        }
    }

    @AfterAll
    static void everyChildLeftItsWaitWhenAskedAndClosedCleanly() {
        CLOSING.forEach(CompletableFuture::join);
    }
}
