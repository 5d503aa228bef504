package dev.sharebench.core.contract;

/**
 * The shared-map workload's contract (SharedMapBench): a map lives in another process; one
 * {@link #step} writes {@code batch} entries into it and reads them back, checking every value, and
 * throws, naming the mechanism, when one is wrong. With batch = 1 a step is {@code put} + {@code get}
 * (two round trips per item, the classic manager dict); with batch > 1 it is one {@code putAll} + one
 * {@code getAll} (two round trips per batch).
 */
public interface SharedMapWorkload extends AutoCloseable {

    /** One step of round {@code round}: write then read back the batch; returns the items checked. */
    int step(long round);

    @Override
    void close();
}
