package dev.sharebench.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * The receiver's check, fed what a sender produces (Payloads.content + stamp) and then damaged the
 * ways a transport could damage it. oneIn = 1 makes every message a full check, so each damage must
 * be caught by the stamps or by the CRC32C, whichever covers that byte.
 */
class PayloadCheckTest {

    private static final long CONTENT = 42;
    private static final int MESSAGES = 16_000;

    private static byte[] message(int bytes, long seq) {
        byte[] p = Payloads.content(bytes, CONTENT);
        Payloads.stamp(p, bytes, seq);
        return p;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 64, 4096, 4100, 70_000})
    void intactMessagesPassAndEveryByteOfEachIsCovered(int bytes) {
        PayloadCheck check = new PayloadCheck(bytes, CONTENT, 1, 7);
        for (long seq = 1; seq <= 5; seq++) {
            assertNull(check.check(message(bytes, seq), bytes, seq), "message " + seq);
        }
        assertEquals(5, check.fullyChecked());
        // Each byte position, flipped in its own message, is caught (a stamp or the CRC).
        for (int at = 0; at < bytes; at += Math.max(1, bytes / 97)) {
            byte[] m = message(bytes, 6);
            m[at] ^= 0x10;
            assertTrue(check.check(m, bytes, 6) != null, bytes + " bytes: a flipped byte at " + at + " passed");
        }
    }

    @Test
    void aByteBetweenStampsIsCaughtOnlyByTheFullCheck() {
        byte[] m = message(8192, 3);
        m[5000] ^= 1; // inside block 1, away from every stamp
        String error = new PayloadCheck(8192, CONTENT, 1, 7).check(m.clone(), 8192, 3);
        assertTrue(error != null && error.contains("CRC32C") && error.contains("message 3"), error);
        // Without the full check (never drawn: oneIn huge), the stamps alone see nothing wrong.
        assertNull(new PayloadCheck(8192, CONTENT, Integer.MAX_VALUE, 7).check(m.clone(), 8192, 3));
    }

    @Test
    void unwrittenOrForeignContentIsCaught() {
        byte[] zeros = new byte[4096];
        Payloads.stamp(zeros, 4096, 1);
        assertTrue(new PayloadCheck(4096, CONTENT, 1, 7).check(zeros, 4096, 1).contains("CRC32C"), "a zero body with right stamps");
        byte[] other = Payloads.content(4096, CONTENT + 1);
        Payloads.stamp(other, 4096, 1);
        assertTrue(new PayloadCheck(4096, CONTENT, 1, 7).check(other, 4096, 1).contains("CRC32C"), "another stream's content");
    }

    @Test
    void stampsCatchLossReorderTearAndTruncationOnEveryMessage() {
        PayloadCheck check = new PayloadCheck(8192, CONTENT, Integer.MAX_VALUE, 7);
        assertEquals("message 2: stamp at byte 0 is 3", check.check(message(8192, 3), 8192, 2));
        byte[] torn = message(8192, 2);
        System.arraycopy(message(8192, 1), 4096, torn, 4096, 4096); // second half from the previous message
        assertEquals("message 2: stamp at byte 4096 is 1", check.check(torn, 8192, 2));
        byte[] tail = message(8192, 2);
        Bytes.putLong(tail, 8184, 9);
        assertEquals("message 2: tail stamp is 9", check.check(tail, 8192, 2));
        assertEquals("message 2: 4096 bytes, expected 8192", check.check(message(8192, 2), 4096, 2));
        assertEquals(0, check.fullyChecked());
    }

    /* The draw: about one in FULL_CHECK_ONE_IN, and a different subset for a different draw seed (the receiver's own). */
    @Test
    void theFullCheckDrawsARandomSubsetOfAboutOneInFullCheckOneIn() {
        List<Long> drawnA = drawn(new PayloadCheck(64, CONTENT, PayloadCheck.FULL_CHECK_ONE_IN, 1));
        double expected = (double) MESSAGES / PayloadCheck.FULL_CHECK_ONE_IN;
        assertTrue(drawnA.size() > expected * 0.8 && drawnA.size() < expected * 1.2, "drawn " + drawnA.size() + " of " + MESSAGES);
        assertNotEquals(drawnA, drawn(new PayloadCheck(64, CONTENT, PayloadCheck.FULL_CHECK_ONE_IN, 2)));
        assertEquals(drawnA, drawn(new PayloadCheck(64, CONTENT, PayloadCheck.FULL_CHECK_ONE_IN, 1)), "the same draw seed, the same subset");
        // A receiver seeds itself: two receivers draw different subsets (equal ones: odds far below 2^-100).
        assertNotEquals(drawn(PayloadCheck.receiver(64, CONTENT)), drawn(PayloadCheck.receiver(64, CONTENT)));
    }

    private static List<Long> drawn(PayloadCheck check) {
        List<Long> drawn = new ArrayList<>();
        for (long seq = 1; seq <= MESSAGES; seq++) {
            long before = check.fullyChecked();
            assertNull(check.check(message(64, seq), 64, seq));
            if (check.fullyChecked() > before) {
                drawn.add(seq);
            }
        }
        return drawn;
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PayloadCheck(64, CONTENT, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Payloads.content(15, CONTENT));
        assertNotEquals(Payloads.newContentSeed(), Payloads.newContentSeed(), "a fresh seed per stream");
    }
}
