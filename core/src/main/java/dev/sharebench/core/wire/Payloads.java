package dev.sharebench.core.wire;

import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sender's half of StreamBench's payload check ({@link PayloadCheck} is the receiver's). A payload
 * is {@code payloadBytes} of seeded random content, filled once per stream, with the message's
 * sequence number stamped over the first 8 bytes of every 4 KiB block and over the last 8 bytes:
 *
 * <pre>
 *   0        8                 4096     4104                      len-8     len
 *   +--------+-----------------+--------+------------ ... ---------+--------+
 *   |  seq   | content         |  seq   | content                  |  seq   |
 *   +--------+-----------------+--------+------------ ... ---------+--------+
 * </pre>
 *
 * The content seed travels to the receiver, which can therefore recompute every byte it should see.
 */
public final class Payloads {

    public static final int BLOCK = 4096;
    public static final int MIN_BYTES = 16;

    private Payloads() {
    }

    public static void checkSize(int payloadBytes) {
        if (payloadBytes < MIN_BYTES) {
            throw new IllegalArgumentException("payloadBytes must be >= " + MIN_BYTES + ", got " + payloadBytes);
        }
    }

    /** A fresh content seed for one stream (not a secret: the receiver's choice of messages is). */
    public static long newContentSeed() {
        return ThreadLocalRandom.current().nextLong();
    }

    /** A payload of {@code bytes} filled with the content of {@code contentSeed} (stamps not yet written). */
    public static byte[] content(int bytes, long contentSeed) {
        checkSize(bytes);
        byte[] payload = new byte[bytes];
        new SplittableRandom(contentSeed).nextBytes(payload);
        return payload;
    }

    public static void stamp(byte[] payload, int len, long seq) {
        for (int off = 0; off + 8 <= len; off += BLOCK) {
            Bytes.putLong(payload, off, seq);
        }
        Bytes.putLong(payload, len - 8, seq);
    }

    /** Null if every stamp of {@code payload} is {@code seq}, else what is wrong. */
    static String checkStamps(byte[] payload, int len, long seq) {
        for (int off = 0; off + 8 <= len; off += BLOCK) {
            long got = Bytes.getLong(payload, off);
            if (got != seq) {
                return "message " + seq + ": stamp at byte " + off + " is " + got;
            }
        }
        long tail = Bytes.getLong(payload, len - 8);
        return tail == seq ? null : "message " + seq + ": tail stamp is " + tail;
    }
}
