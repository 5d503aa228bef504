package dev.sharebench.core.contract;

/**
 * Workload 4's contract: a big array of longs that several threads use at once, each on its own
 * range. Range operations run inside the implementation so each storage gets its natural loop
 * (the JIT vectorizes some of them). Create one with {@code workload.BulkArrays}.
 * Not thread-safe per element: callers give each thread its own indices.
 */
public interface BulkArray extends AutoCloseable {

    /** The registry alias of this mechanism. */
    String alias();

    /** Number of longs. */
    long length();

    long get(long index);

    void set(long index, long value);

    /**
     * Adds one to element {@code index} with opaque (never cached in a register, never torn)
     * accesses; not atomic: one writer per element. The false-sharing benchmark's operation.
     */
    void increment(long index);

    /** Adds {@code delta} to every element in [from, to). */
    void addToRange(long from, long to, long delta);

    /** The sum of the elements in [from, to). */
    long sum(long from, long to);

    /** Releases the memory (and file) behind the array. */
    @Override
    void close();
}
