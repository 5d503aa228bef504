package dev.sharebench.reports.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* Percentiles of the pooled SampleTime histogram, and JMH's own when there is no histogram. */
class SamplePercentilesTest {

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
