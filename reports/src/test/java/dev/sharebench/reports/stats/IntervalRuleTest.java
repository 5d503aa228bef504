package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void confidenceMustBeAProbabilityAndSetsTheWidth() {
        assertThrows(IllegalArgumentException.class, () -> new IntervalRule(0));
        assertThrows(IllegalArgumentException.class, () -> new IntervalRule(1));
        assertThrows(IllegalArgumentException.class, () -> new IntervalRule(Double.NaN));
        assertEquals(0.95, rule.confidence());
        Estimate wide = rule.centerOfSummaries(new double[] {1, 2, 4});
        Estimate narrow = new IntervalRule(0.5).centerOfSummaries(new double[] {1, 2, 4});
        assertEquals(wide.value(), narrow.value(), 1e-12);
        assertTrue(narrow.lower() > wide.lower() && narrow.upper() < wide.upper(), narrow + " inside " + wide);
        // t(0.75, 2 df) = 0.8164965809277263 (SciPy): exp(ln 2 -/+ t * se), se = sqrt(var(ln 1, ln 2, ln 4) / 3) = ln 2 / sqrt(3)
        double se = Math.log(2) / Math.sqrt(3);
        assertEquals(2 * Math.exp(-0.8164965809277263 * se), narrow.lower(), 1e-9);
        assertEquals(2 * Math.exp(0.8164965809277263 * se), narrow.upper(), 1e-9);
    }

    @Test
    void forksWithoutAFiniteValueAreLeftOut() {
        assertTrue(Double.isNaN(IntervalRule.forkSummary(new double[] {Double.NaN, Double.POSITIVE_INFINITY})));
        assertEquals(3.0, IntervalRule.forkSummary(new double[] {Double.NaN, 3}), 0);
        double[] summaries = IntervalRule.forkSummaries(List.of(new double[] {1, 3}, new double[] {Double.NaN}, new double[] {}, new double[] {5}));
        assertEquals(2, summaries.length);
        assertEquals(2.0, summaries[0], 0);
        assertEquals(5.0, summaries[1], 0);
    }

    @Test
    void ratioFromIterationsUsesTheForkMediansOfBothSides() {
        Estimate r = rule.ratio(List.of(new double[] {10, 9000, 10}, new double[] {12}, new double[] {11, 11}),
                List.of(new double[] {5}, new double[] {6, 6, 1}, new double[] {5.5}, new double[] {5.2}));
        Estimate bySummaries = rule.ratioOfSummaries(new double[] {10, 12, 11}, new double[] {5, 6, 5.5, 5.2});
        assertEquals(bySummaries, r);
        assertEquals(3, r.forks(), "the smaller side's fork count");
    }

    @Test
    void degenerateInputsSayWhatTheyAre() {
        Estimate none = rule.centerOfSummaries(new double[0]);
        assertTrue(Double.isNaN(none.value()));
        assertEquals("no data", none.note());
        assertEquals(0, none.forks());
        Estimate noRatio = rule.ratioOfSummaries(new double[] {1, 2, 3}, new double[0]);
        assertTrue(Double.isNaN(noRatio.value()));
        assertEquals("no data", noRatio.note());
        Estimate same = rule.centerOfSummaries(new double[] {7, 7, 7});
        assertEquals(7, same.value(), 1e-12);
        Estimate flat = rule.ratioOfSummaries(new double[] {4, 4, 4}, new double[] {2, 2, 2});
        assertEquals("zero variance", flat.note());
        assertEquals(2, flat.value(), 1e-12);
        assertEquals(2, flat.lower(), 1e-12);
        assertEquals(2, flat.upper(), 1e-12);
        Estimate zeros = rule.ratioOfSummaries(new double[] {0, 4, 6}, new double[] {2, 2, 3});
        assertFalse(zeros.hasInterval());
        assertEquals(2, zeros.value(), 1e-12, "median 4 over median 2");
        assertEquals("no CI: zero or negative values", zeros.note());
        assertEquals("no CI: zero or negative values", rule.ratioOfSummaries(new double[] {4, 4, 4}, new double[] {-1, 2, 2}).note());
        assertEquals("no CI: zero or negative values", rule.ratioOfSummaries(new double[] {4, 4, 4}, new double[] {0, 2, 2}).note());
        assertEquals("no CI: one fork", IntervalRule.tooFew(1));
        Estimate two = rule.centerOfSummaries(new double[] {2, 8});
        assertEquals(4, two.value(), 1e-12, "geometric mean");
        assertEquals("no CI: 2 forks, an interval needs 3", two.note());
        Estimate oneRatio = rule.ratioOfSummaries(new double[] {8}, new double[] {2, 2, 2});
        assertEquals("no CI: one fork", oneRatio.note());
        assertEquals(4, oneRatio.value(), 1e-12);
    }
}
