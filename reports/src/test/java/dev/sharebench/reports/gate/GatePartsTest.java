package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.Estimate;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The gate's small parts at their edges: the Wilson interval against published values, the
 * percentages the reasons print, the worst-first order, the settings' and thresholds' limits
 * (the limit itself refused or accepted as documented), and the log tee.
 */
class GatePartsTest {

    private static GateCalibration.Rates rates(int fails, int trials) {
        return new GateCalibration.Rates("k", 10, trials, Map.of(Verdict.FAIL, fails, Verdict.PASS, trials - fails));
    }

    /* Wilson score intervals, 95%: 0/20 [0, 0.161], 3/20 [0.052, 0.360], 10/20 [0.299, 0.701], 20/20 [0.839, 1]
     * (e.g. R: binom::binom.wilson, or statsmodels proportion_confint(method="wilson")). */
    @Test
    void wilsonIntervalsMatchPublishedValues() {
        assertArrayEquals(new double[] {0, 0.16113}, rates(0, 20).wilson(Verdict.FAIL), 1e-4);
        assertArrayEquals(new double[] {0.05236, 0.36041}, rates(3, 20).wilson(Verdict.FAIL), 1e-4);
        assertArrayEquals(new double[] {0.29929, 0.70071}, rates(10, 20).wilson(Verdict.FAIL), 1e-4);
        assertArrayEquals(new double[] {0.83887, 1}, rates(20, 20).wilson(Verdict.FAIL), 1e-4);
        assertEquals(0.15, rates(3, 20).rate(Verdict.FAIL), 1e-12);
        assertEquals(0.0, rates(3, 20).rate(Verdict.INCONCLUSIVE), "a verdict never seen has rate 0");
    }

    @Test
    void percentagesKeepOneDecimalBelowTenPercent() {
        assertEquals("-", GateAnalysis.percent(Double.NaN));
        assertEquals("9.3%", GateAnalysis.percent(0.093));
        assertEquals("-5.0%", GateAnalysis.percent(-0.05));
        assertEquals("10%", GateAnalysis.percent(0.10));
        assertEquals("45%", GateAnalysis.percent(0.45));
        assertEquals("1393%", GateAnalysis.percent(13.93));
    }

    private static BenchmarkJudgement judged(String key, Verdict v, Estimate ratio, double delta) {
        return new BenchmarkJudgement(key, "ns/op", false, 5, 5, delta, "welch-log", ratio, 1, 0.5, 0.5, 0.1, v, "");
    }

    @Test
    void worstFirstPutsFailsFirstThenTheHighestLowerBoundThenTheKey() {
        BenchmarkJudgement fail = judged("z", Verdict.FAIL, new Estimate(1.2, 1.1, 1.3, 5, ""), 0.05);
        BenchmarkJudgement high = judged("b", Verdict.INCONCLUSIVE, new Estimate(1.5, 1.0, 2.0, 5, ""), 0.05);
        BenchmarkJudgement highTie = judged("a", Verdict.INCONCLUSIVE, new Estimate(1.4, 1.0, 1.9, 5, ""), 0.05);
        BenchmarkJudgement point = judged("c", Verdict.INSUFFICIENT_DATA, Estimate.withoutInterval(0.99, 2, ""), 0.05);
        BenchmarkJudgement low = judged("d", Verdict.PASS, new Estimate(0.9, 0.8, 0.95, 5, ""), 0.05);
        BenchmarkJudgement nothing = judged("e", Verdict.INSUFFICIENT_DATA, Estimate.withoutInterval(Double.NaN, 0, ""), 0.05);
        assertEquals(List.of(fail, highTie, high, point, low, nothing),
                GateAnalysis.worstFirst(List.of(nothing, low, point, high, highTie, fail)));
        assertEquals(0.99, point.severity(), 0.0, "without an interval: the point");
        assertEquals(Double.NEGATIVE_INFINITY, nothing.severity());
        assertEquals(1.10, judged("t", Verdict.PASS, low.ratio(), 0.10).threshold(), 1e-12);
    }

    @Test
    void settingsAcceptTheirLimitsAndRefuseBeyond() {
        Thresholds t = Thresholds.of(0.05);
        assertThrows(IllegalArgumentException.class, () -> new GateSettings(t, 0, 0.95, 5));
        assertThrows(IllegalArgumentException.class, () -> new GateSettings(t, 1, 0.95, 5));
        assertThrows(IllegalArgumentException.class, () -> new GateSettings(t, 0.05, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new GateSettings(t, 0.05, 1, 5));
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> new GateSettings(t, 0.05, 0.95, 2));
        assertTrue(two.getMessage().contains("minForks must be >= 3"), two.getMessage());
        assertEquals(3, new GateSettings(t, 0.05, 0.95, 3).minForks());
        assertEquals(0.07, Thresholds.of(0.07).defaultDelta(), 0.0);
        assertEquals(0.07, Thresholds.of(0.07).deltaFor("any.Key.x [avgt]"), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Thresholds.of(0));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.of(10));
        assertEquals(9.99, Thresholds.of(9.99).defaultDelta(), 0.0);
    }

    @Test
    void thresholdLinesNeedARegexAndADelta() throws Exception {
        for (String bad : List.of("= 0.1", "Foo =", "Foo = 10", "Foo = 0%")) {
            GateInputException e = assertThrows(GateInputException.class, () -> Thresholds.parse(0.05, "f", List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("f line 1"), e.getMessage());
        }
        assertEquals(0.125, Thresholds.parse(0.05, "f", List.of("Foo = 12.5 %")).deltaFor("x.Foo.y"), 1e-12);
        assertEquals(0.3, Thresholds.parse(0.05, "f", List.of("a=b = 0.3")).deltaFor("x a=b"), 1e-12, "split at the last '='");
    }

    @Test
    void teeWritesAndFlushesBothSides() throws Exception {
        StringWriter a = new StringWriter();
        int[] flushes = {0};
        StringWriter b = new StringWriter() {
            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        Writer log = new java.io.BufferedWriter(a, 64);
        try (TeeWriter tee = new TeeWriter(log, b)) {
            tee.write("hello");
            assertEquals("hello", b.toString());
            assertEquals("", a.toString(), "still buffered");
            tee.flush();
            assertEquals("hello", a.toString());
            assertEquals(1, flushes[0]);
            tee.write(" world");
        }
        assertEquals("hello world", a.toString(), "close flushes");
        assertEquals(2, flushes[0]);
    }
}
