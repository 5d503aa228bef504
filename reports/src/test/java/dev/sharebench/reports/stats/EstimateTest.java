package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/* When two intervals are "too close to rank": touching counts as overlapping, a missing interval too. */
class EstimateTest {

    private static Estimate of(double lower, double upper) {
        return new Estimate((lower + upper) / 2, lower, upper, 3, "");
    }

    @Test
    void overlapIsSymmetricAndIncludesTouchingEnds() {
        assertTrue(of(1, 2).overlaps(of(2, 3)), "touching at 2");
        assertTrue(of(2, 3).overlaps(of(1, 2)), "touching at 2, the other way round");
        assertTrue(of(1, 4).overlaps(of(2, 3)), "one inside the other");
        assertTrue(of(2, 3).overlaps(of(1, 4)), "one around the other");
        assertFalse(of(1, 2).overlaps(of(2.001, 3)), "apart above");
        assertFalse(of(2.001, 3).overlaps(of(1, 2)), "apart below");
    }

    @Test
    void aMissingIntervalOnEitherSideCountsAsOverlap() {
        Estimate none = Estimate.withoutInterval(100, 1, "no CI: one fork");
        assertFalse(none.hasInterval());
        assertEquals("no CI: one fork", none.note());
        assertEquals(100, none.value());
        assertTrue(none.overlaps(of(1, 2)));
        assertTrue(of(1, 2).overlaps(none));
        assertFalse(new Estimate(1, Double.NaN, 2, 3, "").hasInterval(), "lower end missing");
        assertFalse(new Estimate(1, 0, Double.NaN, 3, "").hasInterval(), "upper end missing");
        assertTrue(of(0, 0).hasInterval(), "a zero-width interval is an interval");
    }
}
