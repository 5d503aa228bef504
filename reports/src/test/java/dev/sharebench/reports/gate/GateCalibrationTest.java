package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.MinimumDetectableEffect;
import dev.sharebench.reports.testing.JmhFixtures;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The resampling calibration on synthetic recordings with known truth: an A/A pool of one
 * distribution must (almost) never FAIL, a 20% slowdown with 2% fork noise must (almost) always
 * FAIL, whether recorded or injected by the shift model, and the MDE found by resampling must sit
 * near the formula's prediction for lognormal forks. Small trial counts keep it fast.
 */
class GateCalibrationTest {

    private static final GateSettings S = GateSettings.defaults();

    private static BenchmarkSeries series(String key, long seed, int forks, double center) {
        return new BenchmarkSeries(key, "ns/op",
                Arrays.asList(JmhFixtures.lognormalForks(seed, forks, 5, center, 0.02, 0.01)), List.of(Path.of("synthetic")));
    }

    private static Map<String, BenchmarkSeries> pool(long seed) {
        Map<String, BenchmarkSeries> m = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            BenchmarkSeries s = series("x.Y.z" + i + " [avgt]", seed + i, 40, 100);
            m.put(s.key(), s);
        }
        return m;
    }

    @Test
    void aaPoolRarelyFailsAndTheWholeRunIsCounted() throws Exception {
        Map<String, GateCalibration.Rates> r = new GateCalibration(S, 10, 100, 7).aa(pool(1));
        assertEquals(4, r.size(), "three benchmarks and the whole run: " + r.keySet());
        for (GateCalibration.Rates x : r.values()) {
            assertEquals(100, x.trials());
            assertTrue(x.rate(Verdict.FAIL) <= 0.02, x.key() + " A/A FAIL rate " + x.rate(Verdict.FAIL));
        }
        assertTrue(r.get("x.Y.z0 [avgt]").rate(Verdict.PASS) > 0.9, "A/A with 2% noise should mostly PASS: " + r);
    }

    @Test
    void twentyPercentSlowdownIsCaughtRecordedOrInjected() throws Exception {
        GateCalibration cal = new GateCalibration(S, 10, 100, 8);
        GateCalibration.Rates recorded = cal.power(Map.of("k [avgt]", series("k [avgt]", 2, 20, 100)),
                Map.of("k [avgt]", series("k [avgt]", 3, 20, 120))).get("k [avgt]");
        assertTrue(recorded.rate(Verdict.FAIL) >= 0.95, "power " + recorded.counts());
        double[] w = recorded.wilson(Verdict.FAIL);
        assertTrue(w[0] <= recorded.rate(Verdict.FAIL) && recorded.rate(Verdict.FAIL) <= w[1]);
        Map<String, GateCalibration.Rates> injected = cal.shifted(pool(4), 1.20);
        injected.values().forEach(x -> assertTrue(x.rate(Verdict.FAIL) >= 0.95, x.key() + " " + x.counts()));
    }

    @Test
    void injectedSlowdownOfThroughputDividesIt() throws Exception {
        BenchmarkSeries ops = new BenchmarkSeries("t [thrpt]", "ops/s",
                Arrays.asList(JmhFixtures.lognormalForks(5, 40, 5, 1000, 0.02, 0.01)), List.of(Path.of("synthetic")));
        GateCalibration.Rates r = new GateCalibration(S, 10, 50, 9).shifted(Map.of(ops.key(), ops), 1.20).get(ops.key());
        assertTrue(r.rate(Verdict.FAIL) >= 0.95, "fewer ops/s is slower: " + r.counts());
    }

    @Test
    void resampledMdeIsNearTheFormulaForLognormalForks() throws Exception {
        BenchmarkSeries s = series("m [avgt]", 6, 40, 100);
        double mde = new GateCalibration(S, 10, 200, 10).mde(Map.of(s.key(), s), 0.80).get(s.key());
        double sd = MinimumDetectableEffect.logSd(s.forkSummaries());
        double formula = MinimumDetectableEffect.fromLogSd(sd, 10, 10, 0.05, 0.95, 0.80);
        assertTrue(Math.abs(mde - formula) < 0.015, "resampled " + mde + " vs formula " + formula);
    }

    @Test
    void tooFewRecordedForksIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GateCalibration(S, 10, 10, 1).aa(Map.of("k", series("k", 4, 15, 100))));
        assertTrue(e.getMessage().contains("needs 20 recorded forks, have 15"), e.getMessage());
    }
}
