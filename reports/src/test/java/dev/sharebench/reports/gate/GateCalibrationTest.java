package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.HierarchicalBootstrap;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The resampling calibration on synthetic recordings with known truth: an A/A pool of one
 * distribution must (almost) never FAIL, and a 20% slowdown with 2% fork noise must (almost)
 * always FAIL. Uses 500 bootstrap replicates to keep the test fast.
 */
class GateCalibrationTest {

    private static final GateSettings FAST = new GateSettings(Thresholds.of(0.05), 0.05, 0.95, 5, 10,
            HierarchicalBootstrap.DEFAULT_SEED, 500);

    private static BenchmarkSeries series(long seed, int forks, double center) {
        return new BenchmarkSeries("x.Y.z [avgt]", "ns/op",
                Arrays.asList(JmhFixtures.lognormalForks(seed, forks, 5, center, 0.02, 0.01)), List.of(Path.of("synthetic")));
    }

    @Test
    void aaPoolRarelyFails() throws Exception {
        GateCalibration.Rates r = GateCalibration.aa(series(1, 40, 100), 10, 100, 7, FAST);
        assertEquals(100, r.trials());
        assertTrue(r.rate(Verdict.FAIL) <= 0.02, "A/A FAIL rate " + r.rate(Verdict.FAIL));
        assertTrue(r.rate(Verdict.PASS) > 0.9, "A/A with 2% noise should mostly PASS: " + r.counts());
    }

    @Test
    void twentyPercentSlowdownIsCaught() throws Exception {
        GateCalibration.Rates r = GateCalibration.power(series(2, 20, 100), series(3, 20, 120), 10, 100, 8, FAST);
        assertTrue(r.rate(Verdict.FAIL) >= 0.95, "power " + r.counts());
        double[] w = r.wilson(Verdict.FAIL);
        assertTrue(w[0] <= r.rate(Verdict.FAIL) && r.rate(Verdict.FAIL) <= w[1]);
    }

    @Test
    void tooFewRecordedForksIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GateCalibration.aa(series(4, 15, 100), 10, 10, 1, FAST));
        assertTrue(e.getMessage().contains("needs 20 recorded forks, have 15"), e.getMessage());
    }
}
