package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The gate on the REAL forks recorded for docs/gate-calibration.md (GateCalibrationBench,
 * SampleTime, 20 interleaved forks a side, shared 2-vCPU machine): the same build against itself
 * passes, the injected 10% slowdown fails, the 5% slowdown (= the threshold) stays inconclusive,
 * and a small seeded resampling reproduces the published rates' first rows. If a change to the
 * statistics moves these, the published calibration must be redone.
 */
class RecordedCalibrationTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");
    private static final String KEY = "dev.sharebench.jmh.gate.GateCalibrationBench.lockedAdd [sample] holdTokens=1000";

    private static Map<String, BenchmarkSeries> load(String run, String side) throws GateInputException {
        return GateInput.load(side, List.of(DATA.resolve(run + "-" + side + ".json")));
    }

    private static BenchmarkJudgement gate(String run) throws GateInputException {
        GateResult r = GateAnalysis.analyze(load(run, "baseline"), load(run, "candidate"), GateSettings.defaults());
        assertEquals(List.of(KEY), r.judgements().stream().map(BenchmarkJudgement::key).toList());
        return r.judgements().getFirst();
    }

    @Test
    void fullRecordingsGetTheExpectedVerdicts() throws Exception {
        BenchmarkJudgement aa = gate("sample-aa");
        assertEquals(Verdict.PASS, aa.verdict(), aa.reason());
        BenchmarkJudgement slow10 = gate("sample-slow10");
        assertEquals(Verdict.FAIL, slow10.verdict(), slow10.reason());
        assertEquals(1.10, slow10.ratio().value(), 0.02);
        BenchmarkJudgement slow05 = gate("sample-slow05");
        assertEquals(Verdict.INCONCLUSIVE, slow05.verdict(), slow05.reason());
        assertEquals(20, slow05.baselineForks());
    }

    @Test
    void resampledFalseAlarmsAndPowerMatchThePublishedRows() throws Exception {
        // 100 trials (the published table uses 1000): A/A FAIL 0%, 10% slowdown FAIL >= 95%.
        BenchmarkSeries pool = GateInput.load("aa", List.of(DATA.resolve("sample-aa-baseline.json"),
                DATA.resolve("sample-aa-candidate.json"))).get(KEY);
        assertEquals(40, pool.forkCount());
        GateCalibration.Rates aa = GateCalibration.aa(pool, 10, 100, 1, GateSettings.defaults());
        assertEquals(0.0, aa.rate(Verdict.FAIL), aa.counts().toString());
        GateCalibration.Rates p = GateCalibration.power(load("sample-slow10", "baseline").get(KEY),
                load("sample-slow10", "candidate").get(KEY), 10, 100, 2, GateSettings.defaults());
        assertTrue(p.rate(Verdict.FAIL) >= 0.95, p.counts().toString());
    }
}
