package dev.sharebench.reports.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.chart.ChartFiles;
import dev.sharebench.reports.chart.Figure;
import dev.sharebench.reports.chart.LoadChart;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.stats.IntervalRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The latency-under-load section from hand-made JMH entries whose numbers are known: a fast
 * mechanism whose p99 stays within the 1 ms bound up to 90% of its maximum, a slow one that only
 * keeps it at 10%. Curves, the sustained rates, the tail comparison (the ratio of the two p99s is
 * 20 by construction, every fork alike) and the sentences must say exactly that.
 */
class LoadSectionTest {

    private static final IntervalRule RULE = IntervalRule.defaults();

    private static final double[] THREE_FORKS = {0.5, 1.0, 2.0};

    /** Three forks of two iterations, {@code v} times a per-fork factor; the factors' geometric mean is exactly 1. */
    private static Metric metric(double v, String unit) {
        return metric(v, unit, THREE_FORKS);
    }

    /** One fork per factor, of two iterations at {@code v} times it. */
    private static Metric metric(double v, String unit, double[] factors) {
        List<double[]> forks = new ArrayList<>();
        for (double f : factors) {
            forks.add(new double[] {v * f, v * f});
        }
        return new Metric(v, Double.NaN, unit, forks, List.of(), Map.of());
    }

    private static BenchmarkRun run(String mechanism, int load, double maxRate, double p99Us) {
        return run(mechanism, load, maxRate, p99Us, THREE_FORKS);
    }

    private static BenchmarkRun run(String mechanism, int load, double maxRate, double p99Us, double[] forks) {
        Map<String, Metric> sec = new LinkedHashMap<>();
        sec.put(LoadCurves.P50, metric(p99Us / 4, "us", forks));
        sec.put(LoadCurves.P99, metric(p99Us, "us", forks));
        sec.put(LoadCurves.P999, metric(p99Us * 2, "us", forks));
        sec.put(LoadCurves.MAX, metric(p99Us * 10, "us", forks));
        sec.put(LoadCurves.OFFERED, metric(maxRate * load / 100, "msg/s", forks));
        return new BenchmarkRun(Path.of("LoadLatencyBench.json"), "1.37", "dev.sharebench.jmh.xproc.LoadLatencyBench.roundTrip", "thrpt", 1, 3,
                "25", "vm", List.of(), Map.of("mechanism", mechanism, "loadPercent", Integer.toString(load), "placement", "cross-cpu"),
                metric(maxRate * load / 100, "ops/s"), sec);
    }

    private static List<BenchmarkRun> runs() {
        return List.of(
                run("fast", 10, 1_000_000, 5), run("fast", 50, 1_000_000, 10), run("fast", 90, 1_000_000, 120), run("fast", 110, 1_000_000, 50_000),
                run("slow", 10, 20_000, 800), run("slow", 50, 20_000, 2_000), run("slow", 90, 20_000, 30_000));
    }

    @Test
    void curvesSustainedRatesAndTailsComeFromTheData() {
        LoadSection s = LoadSection.of(runs(), RULE);
        assertEquals(2, s.curves().size());
        LoadCurve fast = s.curves().getFirst();
        assertEquals("fast", fast.mechanism());
        assertEquals(List.of(10, 50, 90, 110), fast.points().stream().map(LoadPoint::loadPercent).toList());
        assertEquals(Map.of("placement", "cross-cpu"), fast.params());
        LoadPoint p90 = fast.at(90).orElseThrow();
        assertEquals(120, p90.p99().value(), 1e-6);    // geometric mean of 60, 120, 240
        assertEquals(1200, p90.max().value(), 1e-6);   // per fork the largest iteration, then over forks
        assertTrue(p90.p99().hasInterval(), "three forks give an interval");
        assertEquals(900_000, fast.highestUnder(LoadSection.P99_BOUND_US).orElseThrow().offeredRate().value(), 1_000);
        LoadCurve slow = s.curves().getLast();
        assertEquals(10, slow.highestUnder(LoadSection.P99_BOUND_US).orElseThrow().loadPercent());

        assertEquals(1, s.tails().size());
        TailComparison t = s.tails().getFirst();
        assertEquals(10, t.loadPercent(), "levels tie on forks: the lower one");
        assertEquals(List.of("fast", "slow"), t.rows().stream().map(TailComparison.Row::mechanism).toList());
        assertEquals(160, t.rows().getLast().p99VsBest().value(), 0.5); // 800 / 5
        assertEquals(1, t.rows().getFirst().p99VsBest().value(), 1e-9);

        String text = String.join("\n", s.findings());
        assertTrue(text.contains("fast 900000 msg/s (90% of its maximum, p99 120 us)"), text);
        assertTrue(text.contains("slow 2000 msg/s (10% of its maximum, p99 800 us)"), text);
        assertTrue(text.contains("fast has the lowest p99") && text.contains("below slow's (160"), text);
        assertTrue(t.lowest().isPresent() && t.lowest().get().mechanism().equals("fast"));
    }

    @Test
    void noLowestIsNamedWhenTheIntervalsCannotTellTheTwoApart() {
        // 100 and 110 us, each fork scattered 0.5-2x: the ratio's interval reaches far below 1.
        LoadSection s = LoadSection.of(List.of(run("a", 50, 1_000_000, 100), run("b", 50, 1_000_000, 110)), RULE);
        TailComparison t = s.tails().getFirst();
        assertTrue(t.rows().getLast().p99VsBest().lower() < 1, "the data cannot separate them");
        assertTrue(t.lowest().isEmpty());
        String text = String.join("\n", s.findings());
        assertTrue(text.contains("the lowest p99 cannot be told apart at 3 forks: a 100.0 [") && !text.contains("has the lowest"), text);
    }

    @Test
    void aOneForkValueIsNeverNamedBesideIntervals() {
        // c ran one fork at 10 us, below a and b (3 forks, 100 and 2000 us, clearly apart): c is not the
        // base of the ratios and no lowest is named, since c cannot be placed against the others.
        LoadSection s = LoadSection.of(List.of(run("a", 50, 1_000_000, 100), run("b", 50, 1_000_000, 2_000),
                run("c", 50, 1_000_000, 10, new double[] {1.0})), RULE);
        TailComparison t = s.tails().getFirst();
        assertEquals("c", t.rows().getFirst().mechanism(), "rows by estimate");
        assertEquals("a", t.base().mechanism(), "the base has an interval");
        assertTrue(t.lowest().isEmpty());
        String text = String.join("\n", s.findings());
        assertTrue(text.contains("cannot be told apart at 1 fork") && !text.contains("has the lowest"), text);
    }

    @Test
    void aMechanismWithoutALoadUnderTheBoundSaysSo() {
        LoadSection s = LoadSection.of(List.of(run("slow", 50, 1_000, 5_000), run("slow", 90, 1_000, 9_000)), RULE);
        assertTrue(s.findings().getFirst().contains("slow none of the loads tested (lowest p99 5000 us)"), s.findings().toString());
        assertTrue(s.tails().isEmpty(), "one mechanism: nothing to compare");
    }

    @Test
    void otherResultsMakeNoSection() {
        BenchmarkRun plain = new BenchmarkRun(Path.of("x.json"), "1.37", "x.W.op", "thrpt", 1, 3, "25", "vm", List.of(),
                Map.of("mechanism", "a"), metric(1, "ops/s"), Map.of());
        assertTrue(LoadSection.of(List.of(plain), RULE).isEmpty());
    }

    @Test
    void everyCurveGetsALogScaleChart(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<Figure> figures = LoadChart.all(new ChartFiles(dir), LoadSection.of(runs(), RULE).curves());
        assertEquals(2, figures.size());
        for (Figure f : figures) {
            assertTrue(Files.size(dir.resolve(Path.of(f.svgPath()).getFileName())) > 1_000, f.svgPath());
            assertTrue(Files.size(dir.resolve(Path.of(f.pngPath()).getFileName())) > 1_000, f.pngPath());
        }
        String svg = Files.readString(dir.resolve(Path.of(figures.getFirst().svgPath()).getFileName()));
        assertTrue(svg.contains("log scale") && svg.contains("p99.9") && svg.contains("p99 bound"), "axis, legend and bound in the SVG");
        assertFalse(figures.get(0).anchor().equals(figures.get(1).anchor()));
    }
}
