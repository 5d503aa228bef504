package dev.sharebench.core.workload;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creation arguments of a {@code Scratch}.
 *
 * @param instances makes one scratch instance (e.g. a {@code MessageDigest})
 * @param parties   threads that use the scratch at once (>= 1): the size of {@code queue-pool}'s pool
 */
public record ScratchArgs(Supplier<?> instances, int parties) {

    public ScratchArgs {
        Objects.requireNonNull(instances, "instances");
    }

    void check(String alias) {
        Factory.require(parties >= 1, alias, "parties must be >= 1, was " + parties);
    }
}
