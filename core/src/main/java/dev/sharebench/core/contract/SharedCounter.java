package dev.sharebench.core.contract;

/**
 * Workload 1's contract: many threads add to one total. {@link #sum()} is exact once every
 * {@link #add(long)} that happened-before it has returned (a benchmark's iteration end, a
 * {@code Thread.join}); while adds are in flight it may lag. Create one with
 * {@code workload.Counters}.
 */
public interface SharedCounter extends AutoCloseable {

    /** Adds {@code delta} to the total, from any thread. */
    void add(long delta);

    /** The total of every add that happened-before this call. */
    long sum();

    /** The registry alias of this mechanism. */
    String alias();

    /** Releases threads or memory the counter holds; the default holds none. */
    @Override
    default void close() {
    }
}
