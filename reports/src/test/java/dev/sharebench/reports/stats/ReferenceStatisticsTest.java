package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/*
 * The gate's statistics against reference values computed independently with Python 3 and
 * SciPy 1.17.1 on this machine (R is not installed). The script, for the record:
 *
 *   import numpy as np, scipy.stats as ss, math
 *   x=[105.0,98.0,110.0,102.0,107.0,111.0]; y=[100.0,95.0,99.0,101.0,97.0]
 *   lx=np.log(x); ly=np.log(y)
 *   ci=ss.ttest_ind(lx,ly,equal_var=False).confidence_interval(0.95)   # Welch on logs
 *   math.exp(lx.mean()-ly.mean()), math.exp(ci.low), math.exp(ci.high)
 *     -> 1.0714258405527435, 1.0177417849106956, 1.1279416339429191   (df 7.762)
 *   ss.mannwhitneyu(lx-math.log(m), ly, alternative='greater', method='exact').pvalue
 *     m=1.00 -> 0.015151515151515152 (U=27);  m=1.05 -> 0.21428571428571427 (U=20)
 *   math.exp(np.median([a-b for a in lx for b in ly]))  -> 1.0772402568475086   (Hodges-Lehmann)
 *   ss.false_discovery_control([0.01,0.04,0.03,0.20,0.5])
 *     -> [0.05, 0.0666..., 0.0666..., 0.25, 0.5]                          (Benjamini-Hochberg)
 *
 * Hand check of the exact p at m=1: U=27 of a maximum 30. Under H0 every one of the C(11,5) = 462
 * rank arrangements is equally likely; U = 30-k for the partitions of k into at most 5 parts of
 * size <= 6: k=0,1,2,3 give 1+1+2+3 = 7 arrangements with U >= 27, and 7/462 = 0.015151...
 */
class ReferenceStatisticsTest {

    static final double[] X = {105, 98, 110, 102, 107, 111};
    static final double[] Y = {100, 95, 99, 101, 97};

    @Test
    void theIntervalRulesWelchLogRatioMatchesScipy() {
        Estimate e = IntervalRule.defaults().ratioOfSummaries(X, Y);
        assertEquals(1.0714258405527435, e.value(), 1e-12);
        assertEquals(1.0177417849106956, e.lower(), 1e-9);
        assertEquals(1.1279416339429191, e.upper(), 1e-9);
        assertEquals(5, e.forks());
    }

    @Test
    void smallestExactPValueIsOneOverTheArrangements() {
        // Every x above every y: the one most extreme of C(nx + ny, nx) equally likely arrangements.
        assertEquals(1 / 252.0, RankShift.smallestPValue(5, 5), 1e-15);
        assertEquals(1 / 184756.0, RankShift.smallestPValue(10, 10), 1e-18);
        assertEquals(1 / 462.0, RankShift.smallestPValue(6, 5), 1e-15);
        double[] hi = {10, 11, 12, 13, 14};
        double[] lo = {1, 2, 3, 4, 5};
        assertEquals(RankShift.smallestPValue(5, 5), RankShift.test(hi, lo, 1.0).pValue(), 1e-15);
    }

    @Test
    void mannWhitneyExactOneSidedMatchesScipy() {
        assertEquals(0.015151515151515152, RankShift.test(X, Y, 1.0).pValue(), 1e-12);
        RankShift.Result shifted = RankShift.test(X, Y, 1.05);
        assertEquals(0.21428571428571427, shifted.pValue(), 1e-12);
        assertFalse(shifted.ties());
    }

    @Test
    void hodgesLehmannMatchesScipy() {
        assertEquals(1.0772402568475086, RankShift.test(X, Y, 1.05).hodgesLehmannRatio(), 1e-12);
    }

    @Test
    void benjaminiHochbergMatchesScipy() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.20, 0.5});
        assertArrayEquals(new double[] {0.05, 0.2 / 3, 0.2 / 3, 0.25, 0.5}, q, 1e-12);
    }

    @Test
    void benjaminiHochbergPassesNaNThroughAndDoesNotCountIt() {
        // Two real p-values: m = 2, so 0.01 -> 0.02 and 0.04 -> 0.04; NaN stays NaN.
        double[] q = BenjaminiHochberg.adjust(new double[] {0.04, Double.NaN, 0.01});
        assertEquals(0.04, q[0], 1e-15);
        assertEquals(Double.NaN, q[1]);
        assertEquals(0.02, q[2], 1e-15);
    }

    @Test
    void benjaminiHochbergRejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {1.5}));
    }

    @Test
    void rankShiftRefusesBadMarginsAndEmptySamplesAndReportsTies() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankShift.test(X, Y, 0)).getMessage().startsWith("margin must be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankShift.test(X, Y, -1)).getMessage().startsWith("margin must be"));
        assertThrows(IllegalArgumentException.class, () -> RankShift.test(X, Y, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> RankShift.test(X, Y, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RankShift.test(new double[0], Y, 1));
        assertThrows(IllegalArgumentException.class, () -> RankShift.test(X, new double[0], 1));
        assertTrue(RankShift.test(new double[] {1, 2, 3}, new double[] {2, 3, 4}, 1).ties());
        // Hodges-Lehmann on a known shift: every x is exactly 2 y, so every log difference is ln 2.
        assertEquals(2, RankShift.test(new double[] {2, 4, 8}, new double[] {1, 2, 4}, 1).hodgesLehmannRatio(), 1e-12);
    }

    @Test
    void benjaminiHochbergAcceptsTheEndsOfTheRangeAndRefusesNegatives() {
        assertArrayEquals(new double[] {0, 1}, BenjaminiHochberg.adjust(new double[] {0, 1}), 0);
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {-0.01}));
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {Double.POSITIVE_INFINITY}));
        // The step-up minimum: the larger p (0.03 * 2 / 2 = 0.03) caps the smaller one's (0.029 * 2 / 1 = 0.058).
        assertArrayEquals(new double[] {0.03, 0.03}, BenjaminiHochberg.adjust(new double[] {0.029, 0.03}), 1e-15);
        assertArrayEquals(new double[] {1.0}, BenjaminiHochberg.adjust(new double[] {1.0}), 0);
        assertEquals(0, BenjaminiHochberg.adjust(new double[0]).length);
    }
}
