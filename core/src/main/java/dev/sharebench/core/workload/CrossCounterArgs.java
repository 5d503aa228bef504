package dev.sharebench.core.workload;

import dev.sharebench.core.process.Placement;
import java.util.Objects;

/**
 * Creation arguments of a {@code CrossCounter}.
 *
 * @param batch     what one operation adds (>= 1): one atomic add, one lock hold or one manager
 *                  request per batch, so 1 is "increment" and more is "batched"; the peer process
 *                  uses the same batch
 * @param placement where the child (the competing peer) runs
 */
public record CrossCounterArgs(int batch, Placement placement) {

    public CrossCounterArgs {
        Objects.requireNonNull(placement, "placement");
    }

    void check(String alias) {
        Factory.require(batch >= 1, alias, "batch must be >= 1, got " + batch);
    }
}
