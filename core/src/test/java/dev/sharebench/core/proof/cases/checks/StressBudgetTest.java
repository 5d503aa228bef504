package dev.sharebench.core.proof.cases.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Mode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StressBudgetTest {

    private static long steps(StressBudget b) {
        long done = 0;
        while (b.more(done)) {
            done++;
        }
        return done;
    }

    @Test
    void sanityRunsExactlyTheMinimumHoweverLongTheBaseTime() {
        assertEquals(50, steps(StressBudget.start(50, 1_000_000, Duration.ofHours(1), Mode.SANITY)));
    }

    @Test
    void quickRunsPastTheMinimumUntilTheMaximumWhenTimeIsLeft() {
        assertEquals(10_000, steps(StressBudget.start(50, 10_000, Duration.ofHours(1), Mode.QUICK)));
    }

    @Test
    void theClockStopsALoopBetweenMinimumAndMaximum() {
        long start = System.nanoTime();
        long done = steps(StressBudget.start(50, Long.MAX_VALUE, Duration.ofMillis(20), Mode.QUICK));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(done > 50 && tookMs >= 20 && tookMs < 5_000, done + " steps in " + tookMs + " ms");
    }

    @Test
    void fullScalesTheTimeByItsScale() {
        assertEquals(0, StressBudget.timeScale(Mode.SANITY));
        assertEquals(1, StressBudget.timeScale(Mode.QUICK));
        assertEquals(Mode.FULL.scale(), StressBudget.timeScale(Mode.FULL));
    }
}
