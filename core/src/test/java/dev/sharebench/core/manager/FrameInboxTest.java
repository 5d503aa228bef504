package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import org.junit.jupiter.api.Test;

/*
 * The server's per-connection inbox: small while frames are small, exactly one frame for a large
 * one (from the budget, given back when consumed), frames split anywhere and glued together all
 * come out whole, and a frame refused room is dropped as its bytes arrive.
 */
class FrameInboxTest {

    @Test
    void framesSplitAndGluedComeOutWholeAndInOrder() throws IOException {
        BufferBudget budget = new BufferBudget(1 << 20);
        FrameInbox inbox = new FrameInbox(budget);
        byte[] wire = concat(frame(3, (byte) 1), frame(0, (byte) 0), frame(5000, (byte) 7), frame(2, (byte) 9));
        ReadableByteChannel ch = trickle(wire, 700);
        int[] lengths = {3, 0, 5000, 2};
        for (int expected : lengths) {
            ByteBuffer f;
            while (true) {
                if (inbox.hasHeader()) {
                    assertTrue(inbox.makeRoom(inbox.declaredLength()));
                    if ((f = inbox.frame()) != null) {
                        break;
                    }
                }
                assertTrue(inbox.read(ch) >= 0, "the channel ended early");
            }
            assertEquals(expected, f.remaining());
            if (expected > 0) {
                assertEquals(expected == 5000 ? 7 : expected == 3 ? 1 : 9, f.get(f.limit() - 1));
            }
            inbox.consume();
            if (expected == 5000) {
                assertEquals(0, budget.used(), "the large frame's bytes go back to the budget once it is consumed");
            }
        }
    }

    @Test
    void aFrameRefusedRoomIsDroppedAndTheNextOneStillArrives() throws IOException {
        BufferBudget budget = new BufferBudget(100);
        FrameInbox inbox = new FrameInbox(budget);
        ReadableByteChannel ch = trickle(concat(frame(4000, (byte) 5), frame(1, (byte) 6)), 512);
        inbox.read(ch);
        assertTrue(inbox.hasHeader());
        assertFalse(inbox.makeRoom(inbox.declaredLength()), "4 KiB does not fit a budget of 100 bytes");
        assertEquals(0, budget.used());
        inbox.discardFrame();
        ByteBuffer f = null;
        while (f == null) {
            assertTrue(inbox.read(ch) >= 0, "the channel ended before the second frame");
            f = inbox.hasHeader() && inbox.makeRoom(inbox.declaredLength()) ? inbox.frame() : null;
        }
        assertEquals(1, f.remaining());
        assertEquals(6, f.get(0));
        inbox.consume();
        assertNull(inbox.hasHeader() ? inbox.frame() : null);
    }

    @Test
    void releaseGivesBackWhatALargeFrameTook() throws IOException {
        BufferBudget budget = new BufferBudget(1 << 20);
        FrameInbox inbox = new FrameInbox(budget);
        inbox.read(trickle(frame(10_000, (byte) 1), 100));
        assertTrue(inbox.makeRoom(inbox.declaredLength()));
        assertEquals(4 + 10_000 - FrameInbox.SMALL, budget.used());
        inbox.release();
        assertEquals(0, budget.used());
    }

    private static byte[] frame(int len, byte last) {
        ByteBuffer b = ByteBuffer.allocate(4 + len).putInt(len);
        if (len > 0) {
            b.put(4 + len - 1, last);
        }
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }

    /* A channel that gives at most {@code chunk} bytes per read, like a socket under load. */
    private static ReadableByteChannel trickle(byte[] bytes, int chunk) {
        ReadableByteChannel all = Channels.newChannel(new java.io.ByteArrayInputStream(bytes));
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                ByteBuffer limited = dst.slice(dst.position(), Math.min(chunk, dst.remaining()));
                int n = all.read(limited);
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }
}
