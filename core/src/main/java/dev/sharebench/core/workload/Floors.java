package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.floor.PingPongCell;

/** The hardware floor every handoff is shown beside: the one alias-to-{@link PingPongCell} mapping. */
public final class Floors {

    public static final Factory<FloorArgs, PingPongCell> FACTORY =
            Factory.<FloorArgs, PingPongCell>builder("PingPongCell", FloorArgs::check)
                    .register(reuse("cache-line-pingpong"), (alias, a) -> new PingPongCell())
                    .build();

    private Floors() {
    }

    public static PingPongCell create(String alias) {
        return FACTORY.create(alias, new FloorArgs());
    }
}
