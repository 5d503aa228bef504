package dev.sharebench.core.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sharebench.core.contract.PingPong;
import dev.sharebench.core.workload.FloorArgs;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/* The floor's layouts are the C reference's, byte for byte, and every variant answers every number with n + 1. */
@org.junit.jupiter.api.Timeout(60) // a failed assertion in the ponger thread would leave ping() spinning: fail, never hang
class PingPongCellTest {

    @Test
    void oneLineSharesALineTwoLinesAre128BytesApart() {
        for (int i = 0; i < 50; i++) { // a heap object would split one placement in 8: this block never does
            PingPongCell one = new PingPongCell(PingPongCell.Layout.ONE_LINE, true);
            assertEquals(0, one.address("request") % 64, "request starts a line");
            assertEquals(one.address("request") / 64, one.address("response") / 64, "one-line: the same 64-byte line");
            PingPongCell two = new PingPongCell(PingPongCell.Layout.TWO_LINES, true);
            assertEquals(128, two.address("response") - two.address("request"), "two-lines: 128 bytes apart");
        }
    }

    /* The ponger's checks are collected in its thread and asserted here: an assertion in another thread would not fail the test. */
    @Test
    void everyVariantAnswersEveryNumberWithItsReplyInOrder() throws Exception {
        for (FloorArgs args : FloorArgs.ALL) {
            PingPongCell cell = new PingPongCell(args.layout(), args.pause());
            AtomicBoolean done = new AtomicBoolean();
            long[] ponged = new long[2]; // last request answered, requests out of sequence
            Thread ponger = Thread.ofPlatform().start(() -> {
                long last = 0;
                long n;
                while ((n = cell.pong(last, done::get)) != PingPong.STOPPED) {
                    ponged[1] += n == last + 1 ? 0 : 1;
                    last = n;
                }
                ponged[0] = last;
            });
            for (long n = 1; n <= 20_000; n++) {
                assertEquals(n + 1, cell.ping(n, () -> false), args + ": the answer is the request + 1");
            }
            done.set(true);
            ponger.join();
            assertEquals(20_000, ponged[0], args.toString());
            assertEquals(0, ponged[1], args + ": requests out of sequence");
            assertEquals(20_001, cell.lastResponse());
        }
    }

    /*
     * FloorBench's iteration ends can stop a ping after its request went out: the ponger answers it
     * later, and the next iteration pings the same number again. That retry must get the answer, not
     * wait for a second one that never comes (a request equal to the last one is not new to the ponger).
     */
    @Test
    void aStoppedPingRetriedAfterItsAnswerArrivedReturnsTheAnswer() {
        PingPongCell cell = new PingPongCell(PingPongCell.Layout.ONE_LINE, true);
        assertEquals(PingPong.STOPPED, cell.ping(1, () -> true), "no ponger yet: stopped, not answered");
        assertEquals(1, cell.pong(0, () -> false));
        assertEquals(2, cell.ping(1, () -> { throw new AssertionError("the retry waited"); }));
    }

    @Test
    void theArgumentsAreTheCProgramsFlags() {
        assertEquals(new FloorArgs(PingPongCell.Layout.TWO_LINES, false), FloorArgs.of("two-lines", "off"));
        assertEquals(FloorArgs.HEADLINE, FloorArgs.of("one-line", "on"));
        assertThrows(IllegalArgumentException.class, () -> FloorArgs.of("three-lines", "on"));
        assertThrows(IllegalArgumentException.class, () -> FloorArgs.of("one-line", "yes"));
    }
}
