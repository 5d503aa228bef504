package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.offheap.DirectBufferBulkArray;
import dev.sharebench.core.offheap.HeapBulkArray;
import dev.sharebench.core.offheap.SegmentBulkArray;

/** Workload 4, a big array of longs shared by threads: the one alias-to-{@link BulkArray} mapping. */
public final class BulkArrays {

    public static final Factory<BulkArrayArgs, BulkArray> FACTORY =
            Factory.<BulkArrayArgs, BulkArray>builder("BulkArray", BulkArrayArgs::check)
                    .register(reuse("heap-array"), (alias, a) -> new HeapBulkArray(Math.toIntExact(a.length())))
                    .register(reuse("direct-buffer"), (alias, a) -> new DirectBufferBulkArray(a.length()))
                    .register(reuse("offheap-segment"), (alias, a) -> SegmentBulkArray.allocate(a.length()))
                    .register(reuse("mapped-segment"), (alias, a) -> SegmentBulkArray.mapTempFile(a.length()))
                    .build();

    private BulkArrays() {
    }

    /** A new zero-filled array of {@code length} longs; {@code mapped-segment} creates a temp file. */
    public static BulkArray create(String alias, long length) {
        return FACTORY.create(alias, new BulkArrayArgs(length));
    }
}
