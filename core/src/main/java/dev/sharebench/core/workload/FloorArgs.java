package dev.sharebench.core.workload;

import dev.sharebench.core.floor.PingPongCell;
import java.util.List;
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

    /** Every variant, headline first: FloorBench's layout x pause (its third @Param, placement, is the threads' business). */
    public static final List<FloorArgs> ALL = List.of(HEADLINE, new FloorArgs(PingPongCell.Layout.ONE_LINE, false),
            new FloorArgs(PingPongCell.Layout.TWO_LINES, true), new FloorArgs(PingPongCell.Layout.TWO_LINES, false));

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

    /** The benchmark's @Param values of this variant, {@code layout, <one-line|two-lines>, pause, <on|off>}: the inverse of {@link #of}. */
    public List<String> params() {
        return List.of("layout", layout.alias(), "pause", pause ? "on" : "off");
    }

    void check(String alias) {
        // both fields are checked on construction
    }
}
