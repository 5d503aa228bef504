package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.HARDWARE_FLOOR;

import dev.sharebench.core.Family;
import dev.sharebench.core.floor.PingPongCell;

/** The hardware floor every handoff is shown beside: the one alias-to-{@link PingPongCell} mapping. */
public final class Floors {

    public static final Factory<FloorArgs, PingPongCell> FACTORY =
            Factory.<FloorArgs, PingPongCell>builder("PingPongCell", FloorArgs::check)
                    .register(define("cache-line-pingpong", Family.FLOOR, "two threads handing a value back and forth on one cache line, spinning", HARDWARE_FLOOR),
                            (alias, a) -> new PingPongCell(a.layout(), a.pause()))
                    .build();

    private Floors() {
    }

    /** The headline floor (one line, PAUSE). */
    public static PingPongCell create(String alias) {
        return FACTORY.create(alias, FloorArgs.HEADLINE);
    }

    /** A variant: layout {@code one-line|two-lines}, pause {@code on|off} (FloorBench's @Params, the C reference's flags). */
    public static PingPongCell create(String alias, String layout, String pause) {
        return FACTORY.create(alias, FloorArgs.of(layout, pause));
    }
}
