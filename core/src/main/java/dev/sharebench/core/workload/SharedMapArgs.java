package dev.sharebench.core.workload;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.process.Placement;
import java.util.Objects;

/**
 * Creation arguments of a {@code SharedMapWorkload}.
 *
 * @param codec     how calls become bytes: one of {@link Codec#aliases()} ({@code binary}, {@code java})
 * @param batch     entries written and read back per step (>= 1)
 * @param placement where the manager server child runs
 */
public record SharedMapArgs(String codec, int batch, Placement placement) {

    public SharedMapArgs {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(placement, "placement");
    }

    void check(String alias) {
        Factory.require(batch >= 1, alias, "batch must be >= 1, got " + batch);
        Factory.require(Codec.aliases().contains(codec), alias,
                "codec '" + codec + "' unknown (known: " + String.join(", ", Codec.aliases()) + ")");
    }
}
