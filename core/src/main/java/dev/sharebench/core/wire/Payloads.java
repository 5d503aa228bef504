package dev.sharebench.core.wire;

/**
 * The cheap per-payload check of StreamBench: the message's sequence number is stamped into the first
 * 8 bytes of every 4 KiB block and into the last 8 bytes. The consumer checks every stamp, which
 * catches a lost, duplicated, reordered, truncated or torn (half old, half new) message at 4 KiB
 * granularity while touching ~0.2% of the bytes (a full checksum of a 1 MiB message would cost more
 * than a shared-memory copy of it, and would measure the checksum, not the transport).
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

    public static void stamp(byte[] payload, int len, long seq) {
        for (int off = 0; off + 8 <= len; off += BLOCK) {
            Bytes.putLong(payload, off, seq);
        }
        Bytes.putLong(payload, len - 8, seq);
    }

    /** Null if every stamp of {@code payload} is {@code seq}, else what is wrong. */
    public static String check(byte[] payload, int len, int expectedLen, long seq) {
        if (len != expectedLen) {
            return "message " + seq + ": " + len + " bytes, expected " + expectedLen;
        }
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
