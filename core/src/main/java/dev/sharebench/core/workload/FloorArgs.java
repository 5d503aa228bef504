package dev.sharebench.core.workload;

import dev.sharebench.core.floor.PingPongCell;
import java.util.Objects;

/**
 * Creation arguments of the hardware floor: the C reference's {@code --layout} and {@code --pause}
 * (its {@code --pin}, FloorBench's {@code placement}, is the benchmark threads' business: they pin themselves).
 *
 * @param layout request and response on one cache line or on two
 * @param pause  spin with {@code Thread.onSpinWait()} (PAUSE) or a bare loop
 */
public record FloorArgs(PingPongCell.Layout layout, boolean pause) {

    /** The headline floor: one line, PAUSE. */
    public static final FloorArgs HEADLINE = new FloorArgs(PingPongCell.Layout.ONE_LINE, true);

    public FloorArgs {
        Objects.requireNonNull(layout, "layout");
    }

    /** From the benchmark's @Param values: layout {@code one-line|two-lines}, pause {@code on|off}. */
    public static FloorArgs of(String layout, String pause) {
        if (!pause.equals("on") && !pause.equals("off")) {
            throw new IllegalArgumentException("pause '" + pause + "' unknown (known: on, off)");
        }
        return new FloorArgs(PingPongCell.Layout.of(layout), pause.equals("on"));
    }

    void check(String alias) {
        // both fields are checked on construction
    }
}
