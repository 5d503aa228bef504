package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The verdict logic on synthetic data with known shifts. Fork levels are lognormal with a 2%
 * fork-to-fork spread and 1% iteration noise (roughly a quiet machine), so a 20% slowdown must
 * FAIL, no change must PASS, a slowdown right at the 5% threshold must stay INCONCLUSIVE, and
 * throughput must be oriented the other way round.
 */
class GateAnalysisTest {

    private static final String B = "org.example.FooBench.run";

    @TempDir(factory = TempDirs.class)
    Path dir;

    private BenchmarkJudgement judge(String unit, double baseCenter, double candCenter, int forks, long seed) throws Exception {
        Path b = JmhFixtures.write(dir, "b" + seed + ".json", JmhFixtures.entry(B, "avgt", unit, "",
                JmhFixtures.lognormalForks(seed, forks, 5, baseCenter, 0.02, 0.01)));
        Path c = JmhFixtures.write(dir, "c" + seed + ".json", JmhFixtures.entry(B, "avgt", unit, "",
                JmhFixtures.lognormalForks(seed + 1000, forks, 5, candCenter, 0.02, 0.01)));
        GateResult r = GateAnalysis.analyze(GateInput.load("baseline", List.of(b)), GateInput.load("candidate", List.of(c)),
                GateSettings.defaults());
        assertEquals(1, r.judgements().size());
        return r.judgements().getFirst();
    }

    @Test
    void twentyPercentSlowerTimeIsFail() throws Exception {
        BenchmarkJudgement c = judge("ns/op", 100, 120, 10, 1);
        assertEquals(Verdict.FAIL, c.verdict(), c.reason());
        assertEquals("bootstrap", c.method());
        assertTrue(c.ratio().lower() > 1.05 && c.ratio().value() > 1.15 && c.ratio().value() < 1.25, c.ratio().toString());
        assertTrue(c.qValue() < 0.05);
    }

    @Test
    void noChangeIsPass() throws Exception {
        BenchmarkJudgement c = judge("ns/op", 100, 100, 10, 2);
        assertEquals(Verdict.PASS, c.verdict(), c.reason());
        assertTrue(c.ratio().upper() < 1.05);
    }

    @Test
    void slowdownAtTheThresholdIsInconclusive() throws Exception {
        BenchmarkJudgement c = judge("ns/op", 100, 105, 10, 3);
        assertEquals(Verdict.INCONCLUSIVE, c.verdict(), c.reason());
    }

    @Test
    void throughputIsOrientedSoThatLessIsWorse() throws Exception {
        BenchmarkJudgement slower = judge("ops/s", 1000, 800, 10, 4);       // 20% fewer ops/s: worse
        assertEquals(Verdict.FAIL, slower.verdict(), slower.reason());
        assertEquals(1.25, slower.ratio().value(), 0.05);           // 1000/800
        BenchmarkJudgement faster = judge("ops/us", 1000, 1200, 10, 5);     // more ops: better
        assertEquals(Verdict.PASS, faster.verdict(), faster.reason());
        assertTrue(faster.ratio().value() < 1);
    }

    @Test
    void fiveToNineForksUseWelchOnLogs() throws Exception {
        BenchmarkJudgement c = judge("ns/op", 100, 130, 7, 6);
        assertEquals("welch-log", c.method());
        assertEquals(Verdict.FAIL, c.verdict(), c.reason());
    }

    @Test
    void fewerThanFiveForksIsInsufficientDataWithoutAGuess() throws Exception {
        BenchmarkJudgement c = judge("ns/op", 100, 200, 4, 7);
        assertEquals(Verdict.INSUFFICIENT_DATA, c.verdict());
        assertFalse(c.ratio().hasInterval());
        assertTrue(Double.isNaN(c.ratio().value()), "no point estimate either");
        assertTrue(c.reason().contains("4 baseline / 4 candidate forks"), c.reason());
    }

    @Test
    void benchmarksOnOneSideAreListedAndResultsAreWorstFirst() throws Exception {
        double[][] base = JmhFixtures.lognormalForks(8, 10, 5, 100, 0.02, 0.01);
        double[][] same = JmhFixtures.lognormalForks(9, 10, 5, 100, 0.02, 0.01);
        double[][] slow = JmhFixtures.lognormalForks(10, 10, 5, 150, 0.02, 0.01);
        Path b = JmhFixtures.write(dir, "b.json",
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"pipe\"", base),
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"tcp\"", base),
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"uds\"", base));
        Path c = JmhFixtures.write(dir, "c.json",
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"pipe\"", same),
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"tcp\"", slow),
                JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"mmap\"", same));
        GateResult r = GateAnalysis.analyze(GateInput.load("baseline", List.of(b)), GateInput.load("candidate", List.of(c)),
                GateSettings.defaults());
        assertEquals(List.of(B + " [avgt] mechanism=uds"), r.onlyBaseline());
        assertEquals(List.of(B + " [avgt] mechanism=mmap"), r.onlyCandidate());
        assertEquals(B + " [avgt] mechanism=tcp", r.judgements().getFirst().key());
        assertEquals(Verdict.FAIL, r.judgements().getFirst().verdict());
        assertEquals(Verdict.PASS, r.judgements().get(1).verdict());
        assertTrue(r.regression());
    }

    @Test
    void perBenchmarkThresholdOverrideApplies() throws Exception {
        Path b = JmhFixtures.write(dir, "b.json", JmhFixtures.entry(B, "avgt", "ns/op", "",
                JmhFixtures.lognormalForks(11, 10, 5, 100, 0.02, 0.01)));
        Path c = JmhFixtures.write(dir, "c.json", JmhFixtures.entry(B, "avgt", "ns/op", "",
                JmhFixtures.lognormalForks(12, 10, 5, 120, 0.02, 0.01)));
        GateSettings loose = GateSettings.defaults().withThresholds(
                Thresholds.parse(0.05, "t", List.of("# noisy", "FooBench = 40%")));
        BenchmarkJudgement cmp = GateAnalysis.analyze(GateInput.load("baseline", List.of(b)), GateInput.load("candidate", List.of(c)), loose)
                .judgements().getFirst();
        assertEquals(0.40, cmp.delta(), 1e-12);
        assertEquals(Verdict.PASS, cmp.verdict(), cmp.reason());
    }

    @Test
    void differentButConvertibleUnitsAreCompared() throws Exception {
        double[][] ns = JmhFixtures.lognormalForks(13, 10, 5, 2000, 0.02, 0.01);
        double[][] us = new double[ns.length][];
        for (int f = 0; f < ns.length; f++) {
            us[f] = java.util.Arrays.stream(JmhFixtures.lognormalForks(14 + f, 1, 5, 2.0, 0.02, 0.01)[0]).toArray();
        }
        Path b = JmhFixtures.write(dir, "b.json", JmhFixtures.entry(B, "avgt", "ns/op", "", ns));
        Path c = JmhFixtures.write(dir, "c.json", JmhFixtures.entry(B, "avgt", "us/op", "", us));
        BenchmarkJudgement cmp = GateAnalysis.analyze(GateInput.load("baseline", List.of(b)), GateInput.load("candidate", List.of(c)),
                GateSettings.defaults()).judgements().getFirst();
        assertEquals(1.0, cmp.ratio().value(), 0.05);
    }

    @Test
    void incomparableUnitsAreBadInput() throws Exception {
        double[][] d = JmhFixtures.lognormalForks(15, 10, 5, 100, 0.02, 0.01);
        Path b = JmhFixtures.write(dir, "b.json", JmhFixtures.entry(B, "avgt", "ns/op", "", d));
        Path c = JmhFixtures.write(dir, "c.json", JmhFixtures.entry(B, "avgt", "ops/s", "", d));
        GateInputException e = assertThrows(GateInputException.class, () -> GateAnalysis.analyze(
                GateInput.load("baseline", List.of(b)), GateInput.load("candidate", List.of(c)), GateSettings.defaults()));
        assertTrue(e.getMessage().contains("not comparable"), e.getMessage());
    }

    @Test
    void nanIterationIsBadInputNamingTheFile() throws Exception {
        Path b = JmhFixtures.write(dir, "nan.json", JmhFixtures.entry(B, "avgt", "ns/op", "", new double[][] {{1, Double.NaN}})
                .replace("NaN]", "\"NaN\"]").replace(",NaN", ",\"NaN\""));
        GateInputException e = assertThrows(GateInputException.class, () -> GateInput.load("baseline", List.of(b)));
        assertTrue(e.getMessage().contains("nan.json") && e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void aDirectoryPoolsForksAcrossFiles() throws Exception {
        Path runs = Files.createDirectory(dir.resolve("runs"));
        for (int i = 0; i < 6; i++) {
            JmhFixtures.write(runs, "r" + i + ".json", JmhFixtures.entry(B, "avgt", "ns/op", "",
                    JmhFixtures.lognormalForks(20 + i, 1, 5, 100, 0.02, 0.01)));
        }
        Map<String, BenchmarkSeries> side = GateInput.load("baseline", List.of(runs));
        assertEquals(6, side.get(B + " [avgt]").forkCount());
        assertEquals(6, side.get(B + " [avgt]").sources().size());
    }
}
