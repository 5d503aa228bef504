package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.offheap.DirectBufferBulkArray;
import dev.sharebench.core.offheap.HeapBulkArray;
import dev.sharebench.core.offheap.SegmentBulkArray;
import java.util.List;

/** The one alias-to-bulk-array mapping of the suite (workload 4). */
public final class BulkArrays {

    private static final List<String> ALIASES = List.of("heap-array", "direct-buffer", "offheap-segment", "mapped-segment");
    /** A direct ByteBuffer is int-indexed. */
    static final long MAX_BUFFER_LONGS = Integer.MAX_VALUE / Long.BYTES;

    static {
        ALIASES.forEach(Mechanisms::get);
    }

    private BulkArrays() {
    }

    public static List<String> aliases() {
        return ALIASES;
    }

    /** A new zero-filled array of {@code length} longs; {@code mapped-segment} creates a temp file. */
    public static BulkArray create(String alias, long length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be >= 1, was " + length + " (for " + alias + ")");
        }
        return switch (alias) {
            case "heap-array" -> new HeapBulkArray(Math.toIntExact(length));
            case "direct-buffer" -> new DirectBufferBulkArray(checkedBufferLength(length));
            case "offheap-segment" -> SegmentBulkArray.allocate(length);
            case "mapped-segment" -> SegmentBulkArray.mapTempFile(length);
            default -> {
                Mechanisms.get(alias);
                throw new UnknownMechanismException(alias, "BulkArray", ALIASES);
            }
        };
    }

    private static int checkedBufferLength(long length) {
        if (length > MAX_BUFFER_LONGS) {
            throw new IllegalArgumentException("length " + length + " exceeds a direct ByteBuffer's " + MAX_BUFFER_LONGS + " longs");
        }
        return (int) length;
    }
}
