package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/*
 * The hierarchical bootstrap: point estimates computed by hand, reproducibility, honest "no CI"
 * for one fork, and coverage on simulated data whose true ratio is known.
 */
class HierarchicalBootstrapTest {

    @Test
    void pointEstimateIsTheRatioOfPooledMedians() {
        // a pooled: 1,2,3,4,5,6 -> median 3.5; b pooled: 2,4,6 -> median 4; ratio 0.875 (by hand).
        List<double[]> a = List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        List<double[]> b = List.of(new double[] {2, 4}, new double[] {6});
        Estimate e = HierarchicalBootstrap.defaults().ratio(a, b);
        assertEquals(0.875, e.value(), 1e-15);
        assertTrue(e.hasInterval() && e.lower() <= e.value() && e.value() <= e.upper(), e.toString());
        assertEquals(2, e.forks());
    }

    @Test
    void intervalEndsAreThePercentileRulesOrderedReplicates() {
        // 199 replicates 1..199 (shuffled), 95%: (R+1) * 0.025 = 5 and (R+1) * 0.975 = 195, so the
        // ends are the 5th and 195th ordered replicates, exactly.
        double[] reps = new double[199];
        for (int i = 0; i < reps.length; i++) {
            reps[i] = (i * 37) % 199 + 1;
        }
        Estimate e = new HierarchicalBootstrap(1, 199, 0.95).interval(100, reps, 3, "");
        assertEquals(5.0, e.lower(), 1e-9);
        assertEquals(195.0, e.upper(), 1e-9);
    }

    @Test
    void sameSeedSameInterval() {
        List<double[]> a = List.of(new double[] {10, 11}, new double[] {12, 13}, new double[] {9, 10});
        List<double[]> b = List.of(new double[] {10, 10}, new double[] {11, 12}, new double[] {10, 9});
        assertEquals(new HierarchicalBootstrap(7, 500, 0.95).ratio(a, b), new HierarchicalBootstrap(7, 500, 0.95).ratio(a, b));
    }

    @Test
    void oneForkGivesNoIntervalAndNaNsAreDropped() {
        Estimate e = HierarchicalBootstrap.defaults().median(List.of(new double[] {1, Double.NaN, 3}, new double[] {Double.NaN}));
        assertFalse(e.hasInterval());
        assertEquals(2.0, e.value(), 1e-15);
        assertEquals("no CI: one fork", e.note());
        assertEquals("no data", HierarchicalBootstrap.defaults().median(List.of()).note());
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HierarchicalBootstrap(1, 10, 0.95))
                .getMessage().contains("replicates"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HierarchicalBootstrap(1, 1000, 1.0))
                .getMessage().contains("confidence"));
    }

    @Test
    void intervalCoversAKnownRatioOnSimulatedForks() {
        // 100 data sets, 10 forks x 5 iterations a side, fork levels lognormal (sd 3%), iterations
        // 1%; true ratio of medians 1.10. A 95% percentile bootstrap over so few forks runs a bit
        // narrow; we require >= 85% coverage and that the intervals are not absurdly wide.
        SplittableRandom rnd = new SplittableRandom(42);
        HierarchicalBootstrap boot = new HierarchicalBootstrap(3, 500, 0.95);
        int covered = 0;
        double width = 0;
        for (int d = 0; d < 100; d++) {
            Estimate e = boot.ratio(forks(rnd, 110), forks(rnd, 100));
            covered += e.lower() <= 1.10 && 1.10 <= e.upper() ? 1 : 0;
            width += e.upper() - e.lower();
        }
        assertTrue(covered >= 85, "coverage " + covered + "%");
        assertTrue(width / 100 < 0.10, "mean CI width " + width / 100);
    }

    private static List<double[]> forks(SplittableRandom rnd, double center) {
        List<double[]> out = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            double level = center * Math.exp(0.03 * gauss(rnd));
            double[] it = new double[5];
            for (int i = 0; i < 5; i++) {
                it[i] = level * Math.exp(0.01 * gauss(rnd));
            }
            out.add(it);
        }
        return out;
    }

    private static double gauss(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
