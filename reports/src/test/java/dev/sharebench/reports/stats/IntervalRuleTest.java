package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/* The one interval rule against values computed independently (SciPy 1.17.1, stats.t.ppf). */
class IntervalRuleTest {

    private final IntervalRule rule = IntervalRule.defaults();

    @Test
    void centerIsTheGeometricMeanWithAStudentTIntervalOnTheLogs() {
        Estimate e = rule.centerOfSummaries(new double[] {1, 2, 4});
        assertEquals(2.0, e.value(), 1e-12);
        assertEquals(0.35746212358947477, e.lower(), 1e-9);
        assertEquals(11.18999674660294, e.upper(), 1e-7);
        assertEquals(3, e.forks());
    }

    @Test
    void ratioIsAWelchIntervalOnTheLogs() {
        Estimate r = rule.ratioOfSummaries(new double[] {10, 12, 11}, new double[] {5, 6, 5.5, 5.2});
        assertEquals(2.0268401020572617, r.value(), 1e-12);
        assertEquals(1.6892934746578565, r.lower(), 1e-9);
        assertEquals(2.431833699079153, r.upper(), 1e-9);
    }

    @Test
    void forksAreSummarisedByTheirMedianSoOnePreemptedIterationCannotMoveThem() {
        assertEquals(2.0, IntervalRule.forkSummary(new double[] {1, 2, 3}), 0);
        assertEquals(2.5, IntervalRule.forkSummary(new double[] {1, 2, 3, 1000}), 0);
        Estimate e = rule.center(List.of(new double[] {10, 10, 9000}, new double[] {10, 11, 10}, new double[] {9, 10, 10}));
        assertEquals(10.0, e.value(), 1e-9);
    }

    @Test
    void noIntervalBelowThreeForksAndTheNoteSaysWhy() {
        Estimate one = rule.centerOfSummaries(new double[] {5});
        assertFalse(one.hasInterval());
        assertEquals("no CI: one fork", one.note());
        Estimate two = rule.ratioOfSummaries(new double[] {4, 5}, new double[] {2, 2, 2});
        assertFalse(two.hasInterval());
        assertEquals("no CI: 2 forks, an interval needs 3", two.note());
        assertEquals(Math.sqrt(20) / 2, two.value(), 1e-12);
        assertTrue(rule.centerOfSummaries(new double[] {1, 2, 3}).hasInterval());
    }

    @Test
    void zerosGetAValueButNoLogInterval() {
        Estimate e = rule.centerOfSummaries(new double[] {0, 0, 1});
        assertFalse(e.hasInterval());
        assertEquals(0, e.value(), 0);
        assertTrue(e.note().contains("zero"), e.note());
    }
}
