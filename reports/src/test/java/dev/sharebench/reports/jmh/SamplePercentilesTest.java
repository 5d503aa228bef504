package dev.sharebench.reports.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.Percentile;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * Percentiles of the pooled SampleTime histogram, and JMH's own when there is no histogram. The
 * fixture jmh-1.37-sample-3forks.json is unedited JMH 1.37 output (GateCalibrationBench, SampleTime,
 * 3 forks x 3 iterations, 23160 samples in 774 buckets): pooling its rawDataHistogram with our rule
 * must give JMH's scorePercentiles to the last bit.
 */
class SamplePercentilesTest {

    @Test
    void poolingJmhsHistogramGivesJmhsOwnPercentiles(@TempDir(factory = TempDirs.class) Path dir) throws Exception {
        Path file = TempDirs.copyFixture("jmh-1.37-sample-3forks.json", dir.resolve("s.json"));
        Metric m = JmhJson.read(file).getFirst().primary();
        assertEquals(3, m.histogram().size());
        List<double[]> pooled = new ArrayList<>();
        m.histogram().forEach(fork -> fork.forEach(pooled::addAll));
        Percentile.Histogram h = Percentile.Histogram.of(pooled);
        assertEquals(10, m.percentiles().size());
        for (var jmh : m.percentiles().entrySet()) {
            assertEquals(jmh.getValue(), h.percentile(Double.parseDouble(jmh.getKey())), "rank " + jmh.getKey());
        }
        Map<String, Double> shown = SamplePercentiles.of(m);
        assertEquals(m.percentiles().get("99.9"), shown.get("p99.9"));
        assertEquals(m.percentiles().get("100.0"), shown.get("max"));
    }

    @Test
    void anIterationsMedianIsTheSameRule() {
        // 1, 1, 3, 3: the median is 2 (the mean of the two middle values), not the lower one.
        assertEquals(2.0, SampleStatistic.MEDIAN.of(List.of(new double[] {3, 2}, new double[] {1, 2})));
        assertEquals(2.0, SampleStatistic.MEAN.of(List.of(new double[] {3, 2}, new double[] {1, 2})));
        assertEquals(3.0, SampleStatistic.MEDIAN.of(List.of(new double[] {3, 3}, new double[] {1, 2})));
    }

    @Test
    void fromTheHistogramOfAForeignFile(@TempDir(factory = TempDirs.class) Path dir) throws Exception {
        TempDirs.copyFixture("foreign-sample.json", dir.resolve("s.json"));
        Metric m = JmhJson.read(dir.resolve("s.json")).getFirst().primary();
        Map<String, Double> p = SamplePercentiles.of(m);
        // 4000 samples: 1205 at 1.0, 1995 at 1.5, 763 at 2.0, 36 at 9.0, 1 at 40.0
        assertEquals(1.5, p.get("p50"));
        assertEquals(2.0, p.get("p90"));
        assertEquals(2.0, p.get("p99"));
        assertEquals(9.0, p.get("p99.9"));
        assertEquals(40.0, p.get("p99.99"));
        assertEquals(40.0, p.get("max"));
    }

    @Test
    void jmhPercentilesWhenThereIsNoHistogram() {
        Metric m = new Metric(1, 0, "us/op", List.of(), List.of(), Map.of("50.0", 1.0, "99.0", 5.0, "100.0", 9.0, "weird", 3.0));
        Map<String, Double> p = SamplePercentiles.of(m);
        assertEquals(1.0, p.get("p50"));
        assertEquals(5.0, p.get("p99"));
        assertEquals(9.0, p.get("max"));
        assertTrue(!p.containsKey("p90"), "absent levels stay absent");
    }
}
