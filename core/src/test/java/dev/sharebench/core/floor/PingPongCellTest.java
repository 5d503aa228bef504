package dev.sharebench.core.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sharebench.core.workload.FloorArgs;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/* The floor's layouts are the C reference's, byte for byte, and every variant hands over every number. */
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

    @Test
    void everyVariantEchoesEveryNumberInOrder() throws Exception {
        for (PingPongCell.Layout layout : PingPongCell.Layout.values()) {
            for (boolean pause : new boolean[] {true, false}) {
                PingPongCell cell = new PingPongCell(layout, pause);
                AtomicBoolean done = new AtomicBoolean();
                long[] ponged = new long[1];
                Thread ponger = Thread.ofPlatform().start(() -> {
                    long last = 0;
                    while (!done.get()) {
                        long n = cell.pong(last, done::get);
                        if (n >= 0) {
                            assertEquals(last + 1, n);
                            last = n;
                        }
                    }
                    ponged[0] = last;
                });
                for (long n = 1; n <= 20_000; n++) {
                    assertEquals(n, cell.ping(n, () -> false), layout + " pause " + pause);
                }
                done.set(true);
                ponger.join();
                assertEquals(20_000, ponged[0], layout + " pause " + pause);
                assertEquals(20_000, cell.lastResponse());
            }
        }
    }

    @Test
    void theArgumentsAreTheCProgramsFlags() {
        assertEquals(new FloorArgs(PingPongCell.Layout.TWO_LINES, false), FloorArgs.of("two-lines", "off"));
        assertEquals(FloorArgs.HEADLINE, FloorArgs.of("one-line", "on"));
        assertThrows(IllegalArgumentException.class, () -> FloorArgs.of("three-lines", "on"));
        assertThrows(IllegalArgumentException.class, () -> FloorArgs.of("one-line", "yes"));
    }
}
