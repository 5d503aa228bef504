package dev.sharebench.core.wire;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * What the receiver of StreamBench verifies, message by message (the sender is {@link Payloads}).
 *
 * <ul>
 *   <li>Every message: its length, and the sequence stamps at the start of every 4 KiB block and at
 *       the end. A lost, duplicated, reordered or truncated message, or a copy torn between two
 *       messages at a 4 KiB block boundary, fails here. This touches ~0.2% of the bytes.</li>
 *   <li>One message in {@link #FULL_CHECK_ONE_IN} on average, chosen by a random generator that the
 *       receiver seeds itself (from {@link SecureRandom}), so that the sender cannot know which: a
 *       CRC32C over EVERY byte, compared with the CRC32C of the content the shared content seed
 *       implies (stamp words zeroed, since they were checked already). A flipped, shifted, unwritten
 *       or foreign byte anywhere in such a message fails here.</li>
 * </ul>
 *
 * What it cannot see: the sender reuses one content for every message, so a copy torn between two
 * messages INSIDE a 4 KiB block (old and new content are the same bytes there) goes unnoticed, and a
 * corruption confined to messages that were not drawn is missed (each message is drawn with
 * probability 1/64, independently).
 */
public final class PayloadCheck {

    /*
     * On average one message in this many is checked byte by byte. CRC32C runs at ~15 GB/s here,
     * about 3x the cost of copying the message out, so checking every message would make the
     * receiver, not the transport, the bottleneck; one in 64 adds ~5% to the receiver's copy.
     */
    public static final int FULL_CHECK_ONE_IN = 64;

    private final int payloadBytes;
    private final int expectedCrc;
    private final int oneIn;
    private final long drawSeed;
    private final SplittableRandom draw;
    private final CRC32C crc = new CRC32C();
    private long fullyChecked;

    /** The receiver of a stream: draws its own unpredictable seed and checks one message in 64 in full. */
    public static PayloadCheck receiver(int payloadBytes, long contentSeed) {
        return new PayloadCheck(payloadBytes, contentSeed, FULL_CHECK_ONE_IN, new SecureRandom().nextLong());
    }

    /**
     * @param oneIn    check on average one message in {@code oneIn} in full (1 = every message)
     * @param drawSeed seeds the choice of those messages (named in errors, to reproduce a failure)
     */
    public PayloadCheck(int payloadBytes, long contentSeed, int oneIn, long drawSeed) {
        if (oneIn < 1) {
            throw new IllegalArgumentException("oneIn must be >= 1, got " + oneIn);
        }
        byte[] expected = Payloads.content(payloadBytes, contentSeed);
        Payloads.stamp(expected, payloadBytes, 0);
        crc.update(expected, 0, payloadBytes);
        this.expectedCrc = (int) crc.getValue();
        this.payloadBytes = payloadBytes;
        this.oneIn = oneIn;
        this.drawSeed = drawSeed;
        this.draw = new SplittableRandom(drawSeed);
    }

    /**
     * Null if message {@code seq} (its {@code len} bytes in {@code buf}) is intact, else what is wrong.
     * A message drawn for the full check has its stamp words zeroed in {@code buf}.
     */
    public String check(byte[] buf, int len, long seq) {
        if (len != payloadBytes) {
            return "message " + seq + ": " + len + " bytes, expected " + payloadBytes;
        }
        String stamps = Payloads.checkStamps(buf, len, seq);
        if (stamps != null || draw.nextInt(oneIn) != 0) {
            return stamps;
        }
        fullyChecked++;
        Payloads.stamp(buf, len, 0);
        crc.reset();
        crc.update(buf, 0, len);
        int got = (int) crc.getValue();
        return got == expectedCrc ? null
                : "message " + seq + ": CRC32C of its " + len + " bytes is " + Integer.toHexString(got) + ", expected "
                + Integer.toHexString(expectedCrc) + " (a byte differs from the content sent; draw seed " + drawSeed + ")";
    }

    /** How many messages were checked byte by byte so far. */
    public long fullyChecked() {
        return fullyChecked;
    }
}
