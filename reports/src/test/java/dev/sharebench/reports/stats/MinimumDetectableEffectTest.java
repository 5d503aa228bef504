package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/*
 * The MDE formula, (1+delta) exp((t(1-a/2,df) + t(power,df)) s sqrt(1/nx + 1/ny)) - 1, checked
 * against its worked example and against a simulation of the rule it predicts: lognormal forks
 * with log-scale SD s, the candidate slower by exactly the MDE, judged by the interval rule's
 * "lower bound above 1 + delta". About 80% of such runs must FAIL.
 */
class MinimumDetectableEffectTest {

    @Test
    void theWorkedExample() {
        // t(0.975, 18) = 2.1009, t(0.80, 18) = 0.8620 (SciPy 1.17.1, stats.t.ppf): 1.05 * exp(2.9629 * 0.03 * sqrt(0.2)) - 1
        assertEquals(1.05 * Math.exp((2.1009220402410382 + 0.8620486679895989) * 0.03 * Math.sqrt(0.2)) - 1,
                MinimumDetectableEffect.fromLogSd(0.03, 10, 10, 0.05, 0.95, 0.80), 1e-9);
        assertEquals(0.05, MinimumDetectableEffect.fromLogSd(0, 10, 10, 0.05, 0.95, 0.80), 1e-12, "no scatter: the threshold itself");
        assertTrue(Double.isNaN(MinimumDetectableEffect.of(new double[] {1}, new double[] {1, 2}, 0.05, 0.95, 0.8)));
    }

    @Test
    void aSlowdownOfExactlyTheMdeFailsAboutEightyPercentOfTheTime() {
        double s = 0.03;
        int n = 10;
        double mde = MinimumDetectableEffect.fromLogSd(s, n, n, 0.05, 0.95, 0.80);
        SplittableRandom rnd = new SplittableRandom(11);
        IntervalRule rule = IntervalRule.defaults();
        int fails = 0;
        int runs = 4000;
        for (int r = 0; r < runs; r++) {
            double[] base = new double[n];
            double[] cand = new double[n];
            for (int i = 0; i < n; i++) {
                base[i] = 100 * Math.exp(s * gaussian(rnd));
                cand[i] = 100 * (1 + mde) * Math.exp(s * gaussian(rnd));
            }
            if (rule.ratioOfSummaries(cand, base).lower() > 1.05) {
                fails++;
            }
        }
        double power = fails / (double) runs;
        assertTrue(power > 0.76 && power < 0.84, "power at the MDE " + power);
    }

    @Test
    void pooledSdMeasuresEachSideAroundItsOwnMean() {
        double[] x = {Math.exp(0.1), Math.exp(-0.1)};
        double[] y = {Math.exp(5.1), Math.exp(4.9)};                 // far away, same scatter
        assertEquals(Math.sqrt(0.04 / 2), MinimumDetectableEffect.pooledLogSd(x, y), 1e-12);
        assertEquals(Math.sqrt(0.02), MinimumDetectableEffect.logSd(x), 1e-12);
    }

    @Test
    void twoForksASideIsTheSmallestThatGivesAnMde() {
        double[] two = {Math.exp(0.01), Math.exp(-0.01)};
        double expected = MinimumDetectableEffect.fromLogSd(Math.sqrt(0.0004 / 2), 2, 2, 0.05, 0.95, 0.80);
        assertTrue(expected > 0.05 && Double.isFinite(expected), "2 forks a side: " + expected);
        assertEquals(expected, MinimumDetectableEffect.of(two, two, 0.05, 0.95, 0.80), 1e-12);
        assertTrue(Double.isFinite(MinimumDetectableEffect.fromLogSd(0.03, 2, 3, 0.05, 0.95, 0.80)));
        assertTrue(Double.isFinite(MinimumDetectableEffect.fromLogSd(0.03, 3, 2, 0.05, 0.95, 0.80)));
        assertTrue(Double.isNaN(MinimumDetectableEffect.fromLogSd(0.03, 1, 5, 0.05, 0.95, 0.80)), "one fork: no scatter to speak of");
        assertTrue(Double.isNaN(MinimumDetectableEffect.fromLogSd(0.03, 5, 1, 0.05, 0.95, 0.80)));
        assertTrue(Double.isNaN(MinimumDetectableEffect.fromLogSd(-0.01, 5, 5, 0.05, 0.95, 0.80)), "a negative sd");
        assertTrue(Double.isNaN(MinimumDetectableEffect.fromLogSd(Double.NaN, 5, 5, 0.05, 0.95, 0.80)));
        assertTrue(Double.isNaN(MinimumDetectableEffect.of(two, new double[] {1}, 0.05, 0.95, 0.8)));
    }

    @Test
    void confidencePowerAndDeltaOutsideTheirRangesAreRefused() {
        double[][] bad = {{0, 0.8, 0.05}, {1, 0.8, 0.05}, {0.95, 0, 0.05}, {0.95, 1, 0.05}, {0.95, 0.8, -1}, {Double.NaN, 0.8, 0.05}};
        for (double[] b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MinimumDetectableEffect.fromLogSd(0.03, 10, 10, b[2], b[0], b[1]), java.util.Arrays.toString(b));
            assertTrue(e.getMessage().startsWith("need confidence and power in (0, 1) and delta > -1"), e.getMessage());
        }
        // just inside every edge: a number, and a smaller threshold gives a smaller MDE
        assertTrue(MinimumDetectableEffect.fromLogSd(0.03, 10, 10, -0.99, 0.95, 0.8) < 0);
        assertTrue(Double.isFinite(MinimumDetectableEffect.fromLogSd(0.03, 10, 10, 0.05, 0.001, 0.999)));
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
