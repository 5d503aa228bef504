package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * SampleTime results carry per-iteration histograms instead of rawData. The gate compares each
 * iteration's median by default: a preempted thread's long tail must not move it, while a real
 * shift of the body must. Histograms here: 1000 samples at the "body" value with a tail of 100
 * samples at 50x the body (a scheduler slice), the tail's size varying wildly between forks.
 */
class SampleModeTest {

    private static final String B = "org.example.LatBench.op";

    @TempDir(factory = TempDirs.class)
    Path dir;

    /** forks x 3 iterations; fork f's body is body * (1 + 0.002 f); its tail count is 10..400. */
    private Path sampleFile(String name, double body, int forks) throws IOException {
        List<String> forkJson = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double v = body * (1 + 0.002 * f);
            int tail = 10 + (f * 97) % 400;
            String it = String.format(Locale.ROOT, "[[%.1f,1000],[%.1f,%d]]", v, v * 50, tail);
            forkJson.add("[" + it + "," + it + "," + it + "]");
        }
        String entry = """
                [{"jmhVersion":"1.37","benchmark":"%s","mode":"sample","threads":1,"forks":%d,"params":{},
                  "primaryMetric":{"score":1.0,"scoreError":"NaN","scoreUnit":"ns/op","rawDataHistogram":[%s]}}]"""
                .formatted(B, forks, String.join(",", forkJson));
        return Files.writeString(dir.resolve(name), entry);
    }

    private BenchmarkJudgement judge(SampleStatistic stat, double baseBody, double candBody) throws Exception {
        Path b = sampleFile("b.json", baseBody, 10);
        Path c = sampleFile("c.json", candBody, 10);
        return GateAnalysis.analyze(GateInput.load("baseline", List.of(b), stat), GateInput.load("candidate", List.of(c), stat),
                GateSettings.defaults()).judgements().getFirst();
    }

    @Test
    void medianSeesTheBodyNotTheTail() throws Exception {
        BenchmarkJudgement same = judge(SampleStatistic.MEDIAN, 1000, 1000);
        assertEquals(Verdict.PASS, same.verdict(), same.reason());
        assertEquals(1.0, same.ratio().value(), 1e-9);
        BenchmarkJudgement slower = judge(SampleStatistic.MEDIAN, 1000, 1100);
        assertEquals(Verdict.FAIL, slower.verdict(), slower.reason());
        assertEquals(1.1, slower.ratio().value(), 0.01);
    }

    @Test
    void meanIsDominatedByTheTail() throws Exception {
        // Same fixtures, but the mean carries the tail (up to ~36% of the time): a 10% body shift
        // is drowned by it. The mean is still there for tail-sensitive benchmarks.
        BenchmarkJudgement slower = judge(SampleStatistic.MEAN, 1000, 1100);
        assertTrue(slower.ratio().value() > 1.05 && slower.ratio().value() < 1.15, slower.ratio().toString());
        assertEquals(SampleStatistic.MEAN.of(List.of(new double[] {1, 3}, new double[] {5, 1})), 2.0, 1e-12);
        assertEquals(SampleStatistic.MEDIAN.of(List.of(new double[] {5, 1}, new double[] {1, 3})), 1.0, 1e-12);
    }

    @Test
    void mergeKeepsEveryHistogramFork() throws Exception {
        Path a = sampleFile("a.json", 1000, 3);
        Path b = sampleFile("b2.json", 1000, 2);
        Path out = dir.resolve("m.json");
        JmhMerge.write(List.of(a, b), out);
        var run = JmhJson.read(out).getFirst();
        assertEquals(5, run.primary().histogram().size());
        assertEquals(5, run.forks());
        // Pooled: bodies 1000 (2 forks), 1002 (2 forks), 1004 (1 fork), 3000 samples per fork; the tails sit far above.
        assertEquals(1002.0, run.primary().percentiles().get("50.0"), 1e-9);
    }
}
