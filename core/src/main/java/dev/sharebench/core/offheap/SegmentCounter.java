package dev.sharebench.core.offheap;

import dev.sharebench.core.contract.SharedCounter;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * {@code offheap-segment}: the total lives outside the heap, in a 128-byte-aligned block of a
 * shared {@link Arena}; adds are a VarHandle {@code getAndAdd} (the same LOCK XADD as
 * {@code atomic-long}, plus the segment's bounds and liveness checks).
 */
public final class SegmentCounter implements SharedCounter {

    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final long TOTAL_OFFSET = 0;

    private final Arena arena = Arena.ofShared();
    // One whole line pair: nothing else the JVM allocates can share the total's cache line.
    private final MemorySegment block = arena.allocate(128, 128);

    @Override
    public void add(long delta) {
        LONG.getAndAdd(block, TOTAL_OFFSET, delta);
    }

    @Override
    public long sum() {
        return (long) LONG.getVolatile(block, TOTAL_OFFSET);
    }

    @Override
    public String alias() {
        return "offheap-segment";
    }

    @Override
    public void close() {
        arena.close();
    }
}
