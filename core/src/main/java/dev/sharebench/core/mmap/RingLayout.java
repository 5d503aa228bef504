package dev.sharebench.core.mmap;

import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * The mapping of the stream rings. Our SPSC ring keeps its two indices on separate 128-byte
 * stretches (the producer writes only {@code tail}, the consumer only {@code head}, so the line of
 * each is written by one side: no false sharing). Agrona's ring keeps its indices in a trailer after
 * the data, laid out by its own {@link RingBufferDescriptor}.
 *
 * <pre>
 *   0     +----------------------------------------+
 *         | SharedMapping header (magic, version)  |
 *   128   | tail: long    (mmap-spsc-ring producer)|
 *   256   | head: long    (mmap-spsc-ring consumer)|
 *   384   +----------------------------------------+
 *         | data: capacity bytes (a power of two)  |   mmap-spsc-ring: records [len:int32|payload|pad to 8]
 *         |                                        |   agrona-ring: Agrona records
 *   384+capacity  +--------------------------------+
 *         | Agrona trailer (TRAILER_LENGTH bytes)  |   agrona-ring only
 *         +----------------------------------------+
 * </pre>
 */
public final class RingLayout {

    public static final int VERSION = 2;
    public static final long TAIL = 128;
    public static final long HEAD = 256;
    public static final long DATA = 384;

    private RingLayout() {
    }

    /**
     * Ring capacity for a payload: at least {@code requested}, and at least 8 messages (Agrona's
     * maximum message is capacity / 8), rounded up to a power of two. Both rings get the same.
     */
    public static int capacityFor(int requested, int payloadBytes) {
        long need = Math.max(requested, 8L * (payloadBytes + 16));
        long pow2 = Long.highestOneBit(need - 1) << 1;
        if (pow2 > (1 << 30)) {
            throw new IllegalArgumentException("ring of " + need + " bytes is too large (payloadBytes " + payloadBytes + ")");
        }
        return (int) Math.max(pow2, 1024);
    }

    public static long mappingBytes(int capacity) {
        long raw = DATA + capacity + RingBufferDescriptor.TRAILER_LENGTH;
        return (raw + 4095) & ~4095L;
    }
}
