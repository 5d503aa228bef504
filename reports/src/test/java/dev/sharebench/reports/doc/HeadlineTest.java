package dev.sharebench.reports.doc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.rank.JobCatalog;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.testing.TestCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/* The headline sentence says only what the intervals support: a winner, a shared first place, one ranked row, or no ranking at all. */
class HeadlineTest {

    private final Analysis analysis = new Analysis(IntervalRule.defaults(), Map.of(), Map.of());

    @Test
    void eachShapeOfRankingHasItsOwnSentence() {
        assertMatches("a is fastest in CounterBench\\.increment \\(thrpt\\): 300 \\[\\d+, \\d+\\] ops/us; next b 3\\.00× \\[[\\d.]+, [\\d.]+\\] slower\\.",
                headline(counter("a", 300, 3), counter("b", 100, 3)));
        assertMatches("a, b share first place in CounterBench\\.increment \\(thrpt\\) \\(their intervals cannot rank them; 3 ranked\\);"
                + " best point estimate a 300 \\[\\d+, \\d+\\] ops/us\\.", headline(counter("a", 300, 3), counter("b", 300, 3), counter("c", 10, 3)));
        assertMatches("a is the only ranked mechanism in CounterBench\\.increment \\(thrpt\\): 300 \\[\\d+, \\d+\\] ops/us"
                + " \\(1 exploratory row with fewer forks shown in the table, not ranked\\)\\.",
                headline(counter("a", 300, 3), counter("b", 900, 1)));
        assertMatches("no intervals in CounterBench\\.increment \\(thrpt\\) \\(no CI: one fork\\): best point estimate b 900 \\(no CI: one fork\\) ops/us,"
                + " of 2 mechanisms\\.", headline(counter("a", 300, 1), counter("b", 900, 1)));
    }

    private static void assertMatches(String regex, String actual) {
        assertTrue(actual.matches(regex), actual);
    }

    private String headline(BenchmarkRun... runs) {
        return ReportModel.headline(JobCatalog.of(TestCatalog.read()), analysis.analyse(List.of(runs)).get("CounterBench"));
    }

    /* Forks 1% apart, each with iterations +-2% around it. */
    private static BenchmarkRun counter(String mechanism, double opsPerUs, int forks) {
        List<double[]> raw = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double m = opsPerUs * (1 + 0.01 * (f - (forks - 1) / 2.0));
            raw.add(new double[] {m * 0.98, m, m * 1.02});
        }
        Metric metric = new Metric(opsPerUs, Double.NaN, "ops/us", raw, List.of(), Map.of());
        return new BenchmarkRun(Path.of("CounterBench.json"), "1.37", "dev.sharebench.jmh.lock.CounterBench.increment", "thrpt", 1, forks,
                "25", "vm", List.of(), Map.of("mechanism", mechanism), metric, Map.of());
    }
}
