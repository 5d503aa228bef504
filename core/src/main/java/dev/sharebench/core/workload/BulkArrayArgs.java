package dev.sharebench.core.workload;

/**
 * Creation arguments of a {@code BulkArray}.
 *
 * @param length number of longs (>= 1); {@code direct-buffer} holds at most
 *               {@code DirectBufferBulkArray.MAX_LONGS}
 */
public record BulkArrayArgs(long length) {

    void check(String alias) {
        Factory.require(length >= 1, alias, "length must be >= 1, was " + length);
    }
}
