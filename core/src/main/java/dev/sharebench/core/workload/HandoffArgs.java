package dev.sharebench.core.workload;

import dev.sharebench.core.wait.WaitStrategy;
import java.util.Objects;

/**
 * Creation arguments of a {@code Handoff}.
 *
 * @param capacity     a power of two >= 2 (bounded mechanisms hold this many items, unbounded ones
 *                     cap the items in flight at it)
 * @param waitStrategy how send/receive wait; one of the strategies the alias declares
 */
public record HandoffArgs(int capacity, WaitStrategy waitStrategy) {

    public HandoffArgs {
        Objects.requireNonNull(waitStrategy, "waitStrategy");
    }

    void check(String alias) {
        Factory.require(capacity >= 2 && Integer.bitCount(capacity) == 1, alias,
                "capacity must be a power of two >= 2, was " + capacity);
    }
}
