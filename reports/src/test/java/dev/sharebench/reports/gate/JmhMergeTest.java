package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* Merging one-fork-per-file JMH results into one JMH-format file with all forks. */
class JmhMergeTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void poolsForksAndRecomputesTheScoreAsJmhDoes() throws Exception {
        Path a = JmhFixtures.write(dir, "r1.json", JmhFixtures.entry("x.Y.z", "avgt", "ns/op", "", new double[][] {{1, 2, 3}}),
                JmhFixtures.entry("x.Y.other", "avgt", "ns/op", "", new double[][] {{7, 7, 7}}));
        Path b = JmhFixtures.write(dir, "r2.json", JmhFixtures.entry("x.Y.z", "avgt", "ns/op", "", new double[][] {{4, 5, 6}}));
        Path out = dir.resolve("merged.json");
        JmhMerge.write(List.of(a, b), out);
        List<BenchmarkRun> runs = JmhJson.read(out);
        assertEquals(2, runs.size());
        BenchmarkRun z = runs.getFirst();
        assertEquals("x.Y.z", z.benchmark());
        assertEquals(2, z.forks());
        assertEquals(2, z.primary().forkCount());
        assertEquals(3.5, z.primary().score(), 1e-12);               // mean of 1..6
        // JMH: t(0.9995, n-1) * sd / sqrt(n); n=6, sd=sqrt(3.5); t(0.9995, 5) = 6.8688 (SciPy: ss.t.ppf(0.9995, 5))
        assertEquals(6.868826626 * Math.sqrt(3.5) / Math.sqrt(6), z.primary().scoreError(), 1e-6);
        assertEquals(1.0, z.primary().percentiles().get("0.0"));
        assertEquals(6.0, z.primary().percentiles().get("100.0"));
        assertEquals(1, runs.get(1).primary().forkCount());
    }

    @Test
    void corruptInputIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "not json");
        GateInputException e = assertThrows(GateInputException.class, () -> JmhMerge.merge(List.of(bad)));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }
}
