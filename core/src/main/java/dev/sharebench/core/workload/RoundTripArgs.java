package dev.sharebench.core.workload;

import dev.sharebench.core.process.Placement;
import java.util.Objects;

/**
 * Creation arguments of a {@code RoundTrip}.
 *
 * @param placement where the child (the echoing peer) runs; the benchmark thread pins itself
 */
public record RoundTripArgs(Placement placement) {

    public RoundTripArgs {
        Objects.requireNonNull(placement, "placement");
    }

    void check(String alias) {
        // a placement is all it takes
    }
}
