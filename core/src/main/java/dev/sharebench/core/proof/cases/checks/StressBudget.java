package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.proof.Mode;
import java.time.Duration;

/*
 * How long a check's stress loop runs: at least MIN steps (every mechanism is exercised), at most
 * MAX, and past MIN only until the time is up. The time grows with the mode (none in sanity, the
 * tests' pipeline check: MIN steps; the base time in quick; x full's scale in full), so a check's
 * time follows the clock and not its slowest mechanism (a manager round trip costs ~100x an mmap
 * add). The counts are the steps that really ran.
 */
record StressBudget(long min, long max, long deadlineNanos) {

    /* A budget starting now: at least min steps, at most max, past min for baseTime scaled by the mode. */
    static StressBudget start(long min, long max, Duration baseTime, Mode mode) {
        return new StressBudget(min, max, System.nanoTime() + baseTime.toNanos() * timeScale(mode));
    }

    /* sanity 0 (MIN steps only), quick 1, full the mode's scale. */
    static long timeScale(Mode mode) {
        return switch (mode) {
            case SANITY -> 0;
            case QUICK -> 1;
            case FULL -> mode.scale();
        };
    }

    /* True while another step should run, after {@code done} steps. */
    boolean more(long done) {
        return done < max && (done < min || System.nanoTime() - deadlineNanos < 0);
    }
}
