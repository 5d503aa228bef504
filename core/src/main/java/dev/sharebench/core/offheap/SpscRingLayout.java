package dev.sharebench.core.offheap;

/**
 * Byte layout of {@link OffHeapSpscRing}: one {@code MemorySegment}, 128-byte aligned.
 *
 * <pre>
 *  offset 0                 128                256                      256 + 8 * capacity
 *  +--------+--------+------+--------+--------+------+---------+---------+-----+------------+
 *  | tail   | head   | pad  | head   | tail   | pad  | slot 0  | slot 1  | ... | slot cap-1 |
 *  |        | cache  |      |        | cache  |      |         |         |     |            |
 *  +--------+--------+------+--------+--------+------+---------+---------+-----+------------+
 *   \___ producer line ___/  \___ consumer line ___/  \______ items, 8 bytes each _______/
 *   written by the producer  written by the consumer   slot = sequence & (capacity - 1)
 * </pre>
 *
 * The producer's index (tail) and the consumer's (head) sit 128 bytes apart, so writing one never
 * invalidates the other's line (128, not 64: Intel's adjacent-line prefetcher pulls lines in
 * pairs). Each side also keeps a stale copy of the other side's index on its OWN line (head cache,
 * tail cache, as JCTools and Agrona do): it re-reads the shared index only when the cached value
 * says "full" or "empty", so in steady state the index lines barely move between cores.
 */
public final class SpscRingLayout {

    public static final long LINE = 128;
    /** Producer line: next sequence to write. */
    public static final long TAIL = 0;
    /** Producer line: last head the producer read. */
    public static final long HEAD_CACHE = 8;
    /** Consumer line: next sequence to read. */
    public static final long HEAD = LINE;
    /** Consumer line: last tail the consumer read. */
    public static final long TAIL_CACHE = LINE + 8;
    /** First slot. */
    public static final long SLOTS = 2 * LINE;

    private SpscRingLayout() {
    }

    /** Total bytes for {@code capacity} slots, plus one trailing line so the last slot shares no line. */
    public static long bytesFor(int capacity) {
        return SLOTS + 8L * capacity + LINE;
    }

    public static long slotOffset(long sequence, int mask) {
        return SLOTS + ((sequence & mask) << 3);
    }
}
