package dev.sharebench.core.mmap;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * Our minimal SPSC byte ring ({@link RingLayout}). What it teaches: the whole protocol is two
 * monotonically growing indices, each written by ONE side with a release store and read by the other
 * with an acquire load, plus a private cached copy of the other side's index so that the shared line
 * is read only when the cache says the ring looks full (producer) or empty (consumer).
 * A record is {@code len:int32 | payload}, padded to 8 bytes; a payload that runs past the end of
 * the data area continues at its start (two copies).
 */
public final class SpscByteRing implements ByteRing {

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final MemorySegment seg;
    private final MemorySegment data;
    private final long capacity;
    private final long mask;
    private long tail;       // producer: next write position (private copy of the shared tail)
    private long headCache;  // producer: last seen head
    private long head;       // consumer: next read position
    private long tailCache;  // consumer: last seen tail

    public SpscByteRing(MemorySegment seg, int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity < 64) {
            throw new IllegalArgumentException("capacity must be a power of two >= 64, got " + capacity);
        }
        this.seg = seg;
        this.data = seg.asSlice(RingLayout.DATA, capacity);
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.tail = (long) LONG.getAcquire(seg, RingLayout.TAIL);
        this.head = (long) LONG.getAcquire(seg, RingLayout.HEAD);
        this.headCache = head;
        this.tailCache = tail;
    }

    @Override
    public boolean offer(byte[] src, int len) {
        long record = (4L + len + 7) & ~7L;
        if (record > capacity) {
            throw new IllegalArgumentException("message of " + len + " bytes does not fit a ring of " + capacity);
        }
        if (tail + record - headCache > capacity) {
            headCache = (long) LONG.getAcquire(seg, RingLayout.HEAD);
            if (tail + record - headCache > capacity) {
                return false;
            }
        }
        long at = tail & mask;
        data.set(ValueLayout.JAVA_INT_UNALIGNED, at, len);
        long off = (at + 4) & mask;
        long first = Math.min(len, capacity - off);
        MemorySegment.copy(src, 0, data, ValueLayout.JAVA_BYTE, off, (int) first);
        if (first < len) {
            MemorySegment.copy(src, (int) first, data, ValueLayout.JAVA_BYTE, 0, (int) (len - first));
        }
        tail += record;
        LONG.setRelease(seg, RingLayout.TAIL, tail);
        return true;
    }

    @Override
    public int poll(byte[] dst) {
        if (head == tailCache) {
            tailCache = (long) LONG.getAcquire(seg, RingLayout.TAIL);
            if (head == tailCache) {
                return -1;
            }
        }
        long at = head & mask;
        int len = data.get(ValueLayout.JAVA_INT_UNALIGNED, at);
        if (len < 0 || len > dst.length) {
            throw new IllegalStateException("ring record of " + len + " bytes at " + head + " (corrupt ring or buffer too small: " + dst.length + ")");
        }
        long off = (at + 4) & mask;
        long first = Math.min(len, capacity - off);
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, off, dst, 0, (int) first);
        if (first < len) {
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, dst, (int) first, (int) (len - first));
        }
        head += (4L + len + 7) & ~7L;
        LONG.setRelease(seg, RingLayout.HEAD, head);
        return len;
    }
}
