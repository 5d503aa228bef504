package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.SHARED_MEMORY_BLOCK;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.offheap.DirectBufferBulkArray;
import dev.sharebench.core.offheap.HeapBulkArray;
import dev.sharebench.core.offheap.SegmentBulkArray;

/** Workload 4, a big array of longs shared by threads: the one alias-to-{@link BulkArray} mapping. */
public final class BulkArrays {

    public static final Factory<BulkArrayArgs, BulkArray> FACTORY =
            Factory.<BulkArrayArgs, BulkArray>builder("BulkArray", BulkArrayArgs::check)
                    .register(define("heap-array", Family.OFFHEAP, "a plain long[] on the Java heap", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new HeapBulkArray(Math.toIntExact(a.length())))
                    .register(define("direct-buffer", Family.OFFHEAP, "a direct ByteBuffer (LongBuffer view semantics, absolute access)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> new DirectBufferBulkArray(a.length()))
                    .register(define("offheap-segment", Family.OFFHEAP, "a MemorySegment from a shared Arena, VarHandle access", SHARED_MEMORY_BLOCK),
                            (alias, a) -> SegmentBulkArray.allocate(a.length()))
                    .register(define("mapped-segment", Family.OFFHEAP, "a MemorySegment mapped from a file (FileChannel.map)", SHARED_MEMORY_BLOCK),
                            (alias, a) -> SegmentBulkArray.mapTempFile(a.length()))
                    .build();

    private BulkArrays() {
    }

    /** A new zero-filled array of {@code length} longs; {@code mapped-segment} creates a temp file. */
    public static BulkArray create(String alias, long length) {
        return FACTORY.create(alias, new BulkArrayArgs(length));
    }
}
