package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.BenjaminiHochberg;
import dev.sharebench.reports.stats.RankShift;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/*
 * When can a lone regression FAIL? Checked against the Benjamini-Hochberg code itself: one
 * benchmark at the exact test's smallest p, the others at p = 1, gives q = m * p_min, so a FAIL
 * (q < alpha) is reachable exactly when m / C(2n, n) < alpha.
 */
class FeasibilityTest {

    @Test
    void theLoneRegressionsQIsMTimesTheSmallestP() {
        for (int m : new int[] {1, 6, 12, 13, 40}) {
            double[] p = new double[m];
            Arrays.fill(p, 1.0);
            p[0] = RankShift.smallestPValue(5, 5);
            assertEquals(Feasibility.bestLoneQ(m, 5, 5), BenjaminiHochberg.adjust(p)[0], 1e-15, "m=" + m);
        }
    }

    @Test
    void fiveForksASideSeeTwelveBenchmarksNotThirteen() {
        assertTrue(Feasibility.reachable(12, 5, 5, 0.05));          // 12/252 = 0.0476
        assertFalse(Feasibility.reachable(13, 5, 5, 0.05));         // 13/252 = 0.0516
        assertEquals(5, Feasibility.forksNeeded(12, 0.05, 5));
        assertEquals(6, Feasibility.forksNeeded(13, 0.05, 5));      // 13/924
        assertEquals(7, Feasibility.forksNeeded(47, 0.05, 5));      // 47/924 >= 0.05, 47/3432 < 0.05
        assertEquals(5, Feasibility.forksNeeded(1, 0.05, 5), "never below the gate's minimum");
        assertFalse(Feasibility.reachable(1, 2, 2, 0.05), "2 forks a side: p >= 1/6");
    }

    @Test
    void theExplanationGivesTheNumbers() {
        String why = Feasibility.explain(13, 5, 5, 0.05);
        assertTrue(why.contains("1/252") && why.contains("13/252 = 0.0516"), why);
    }
}
