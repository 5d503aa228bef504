package dev.sharebench.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.stats.IntervalRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/* Ranking rules: direction per unit, ties from the ratio's CI, honest notes without an interval. */
class AnalysisTest {

    private final Analysis analysis = new Analysis(IntervalRule.defaults(), Map.of("W", "b"), Map.of());

    @Test
    void throughputRatiosAreFastestOverThisAndTimeRatiosAreThisOverFastest() {
        List<RankedComparison> thrpt = analysis.analyse(List.of(run("a", "ops/s", 200, 3), run("b", "ops/s", 100, 3))).get("W");
        RankedComparison.Row slow = thrpt.getFirst().rows().get(1);
        assertEquals("b", slow.label());
        assertEquals(2.0, slow.vsFastest().value(), 0.02);
        assertEquals(Analysis.SLOWER, slow.rank());
        // speedup vs baseline b: a is 2x faster
        assertEquals(2.0, thrpt.getFirst().rows().getFirst().vsBaseline().value(), 0.02);

        List<RankedComparison> avgt = analysis.analyse(List.of(run("a", "ns/op", 10, 3), run("b", "ns/op", 30, 3))).get("W");
        assertEquals("a", avgt.getFirst().fastest().label());
        assertEquals(3.0, avgt.getFirst().rows().get(1).vsFastest().value(), 0.05);
        assertFalse(avgt.getFirst().higherIsBetter());
    }

    @Test
    void sameDistributionIsATieNotAnOrder() {
        RankedComparison c = analysis.analyse(List.of(run("a", "ops/s", 100, 3), run("b", "ops/s", 100, 3))).get("W").getFirst();
        RankedComparison.Row second = c.rows().get(1);
        assertEquals(Analysis.TIE, second.rank());
        assertTrue(second.vsFastest().lower() <= 1.0 && second.vsFastest().upper() >= 1.0, second.vsFastest().toString());
        assertEquals("1=", c.rows().get(0).position());
        assertEquals("1=", second.position());
    }

    @Test
    void tiesDoNotChainAcrossClearlySeparatedRows() {
        // Forks spread +-10%, each row 0.85x the one above: neighbours cannot be told apart, but a and c
        // can (c's best fork, 79.5, is below a's worst, 90). Without a leader, a chain would tie them all.
        List<BenchmarkRun> runs = List.of(spread("a", 100), spread("b", 85), spread("c", 72.25), spread("d", 61.4));
        RankedComparison c = analysis.analyse(runs).get("W").getFirst();
        assertEquals(List.of("1=", "1=", "3=", "3="), c.rows().stream().map(RankedComparison.Row::position).toList());
        assertEquals(Analysis.TIE, c.rows().get(1).rank());
        assertEquals(Analysis.SLOWER, c.rows().get(2).rank());
        assertEquals(Analysis.TIE_WITH + "c", c.rows().get(3).rank());
    }

    @Test
    void oneForkGivesNoInterval() {
        RankedComparison c = analysis.analyse(List.of(run("a", "ops/s", 200, 1), run("b", "ops/s", 100, 1))).get("W").getFirst();
        assertEquals(Analysis.ONE_FORK, c.rows().get(1).rank());
        assertFalse(c.rows().get(1).vsFastest().hasInterval());
        assertEquals("no CI: one fork", c.rows().getFirst().median().note());
    }

    @Test
    void exploratoryOneForkRowsAreShownUnrankedAndDoNotHideTies() {
        // Quick's shape: a 1-fork exploratory row faster than everything, then two 3-fork rows that
        // cannot be told apart. The 1-fork row once took first place, so no ranked row had an
        // interval to the fastest and the tie between a and b was printed as an order (1, 2, 3).
        List<BenchmarkRun> runs = List.of(run("explore", "ops/s", 1000, 1), run("a", "ops/s", 100, 3), run("b", "ops/s", 100, 3),
                run("c", "ops/s", 10, 3));
        RankedComparison c = analysis.analyse(runs).get("W").getFirst();
        assertEquals(List.of("a", "b", "c", "explore"), c.rows().stream().map(RankedComparison.Row::label).toList());
        assertEquals(List.of("1=", "1=", "3", Analysis.UNRANKED), c.rows().stream().map(RankedComparison.Row::position).toList());
        assertEquals("a", c.fastest().label(), "the fastest is a ranked row");
        RankedComparison.Row explore = c.rows().getLast();
        assertEquals(Analysis.ONE_FORK, explore.rank());
        assertEquals(0.1, explore.vsFastest().value(), 0.01, "its point ratio to the fastest ranked row is still shown");
        assertEquals(List.of("a", "b", "c"), RankedComparison.rankable(c.rows()).stream().map(RankedComparison.Row::label).toList());
    }

    @Test
    void aRowsRatioToItselfIsExactlyOneWithoutAnInterval() {
        // a is fastest, b the baseline: each one's ratio to itself is 1, not an interval around a noisy 1
        RankedComparison c = analysis.analyse(List.of(run("a", "ns/op", 10, 3), run("b", "ns/op", 30, 3))).get("W").getFirst();
        RankedComparison.Row best = c.fastest();
        RankedComparison.Row baseline = c.rows().get(1);
        assertEquals(1.0, best.vsFastest().value());
        assertFalse(best.vsFastest().hasInterval(), best.vsFastest().toString());
        assertEquals(1.0, baseline.vsBaseline().value());
        assertFalse(baseline.vsBaseline().hasInterval(), baseline.vsBaseline().toString());
        assertTrue(best.vsBaseline().hasInterval(), "other rows keep their intervals");
    }

    @Test
    void jmhThreadCountsAreNeverRankedTogether() {
        BenchmarkRun one = run("a", "ops/s", 100, 2);
        BenchmarkRun four = new BenchmarkRun(one.source(), "1.37", one.benchmark(), one.mode(), 4, 2, "25", "vm", List.of(),
                one.params(), one.primary(), Map.of());
        List<RankedComparison> cs = analysis.analyse(List.of(one, four)).get("W");
        assertEquals(2, cs.size());
        assertEquals(Map.of("threads", "4"), cs.get(1).fixedParams());
    }

    @Test
    void throughputAndTimeAreNeverInOneComparison() {
        Map<String, List<RankedComparison>> w = analysis.analyse(List.of(run("a", "ops/s", 200, 3), run("b", "ns/op", 100, 3)));
        assertEquals(2, w.get("W").size());
    }

    /** Three forks at 0.9, 1.0 and 1.1 x median (two equal iterations each): the spread is all between forks. */
    static BenchmarkRun spread(String mechanism, double median) {
        List<double[]> raw = List.of(new double[] {median * 0.9, median * 0.9}, new double[] {median, median},
                new double[] {median * 1.1, median * 1.1});
        Metric m = new Metric(median, Double.NaN, "ops/s", raw, List.of(), Map.of());
        return new BenchmarkRun(Path.of("W.json"), "1.37", "x.W.op", "thrpt", 1, 3, "25", "vm", List.of(),
                Map.of("mechanism", mechanism), m, Map.of());
    }

    /** Forks with iterations spread +-2% around the median, deterministic. */
    static BenchmarkRun run(String mechanism, String unit, double median, int forks) {
        List<double[]> raw = new java.util.ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double shift = 1 + 0.01 * (f - (forks - 1) / 2.0);
            raw.add(new double[] {median * 0.98 * shift, median * shift, median * 1.02 * shift, median * 0.99 * shift, median * 1.01 * shift});
        }
        Metric m = new Metric(median, Double.NaN, unit, raw, List.of(), Map.of());
        return new BenchmarkRun(Path.of("W.json"), "1.37", "x.W.op", unit.startsWith("ops") ? "thrpt" : "avgt", 1, forks, "25", "vm",
                List.of(), Map.of("mechanism", mechanism), m, Map.of());
    }
}
