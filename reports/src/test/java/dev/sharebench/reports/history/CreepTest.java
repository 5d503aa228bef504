package dev.sharebench.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.changepoint.EDivisive;
import dev.sharebench.reports.gate.BenchmarkJudgement;
import dev.sharebench.reports.gate.BenchmarkSeries;
import dev.sharebench.reports.gate.GateAnalysis;
import dev.sharebench.reports.gate.GateSettings;
import dev.sharebench.reports.gate.Verdict;
import dev.sharebench.reports.stats.IntervalRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/*
 * The reason for a history: slow creep. Thirty commits, 10 forks each, noise drawn from the
 * recorded forks of the gate's calibration benchmark (four sessions, SampleTime): ten flat commits,
 * then ten pull requests that each make it 2% slower (1.02^10 = +22% in all), then ten flat.
 * Every pull request, judged by the gate's own procedure (GateAnalysis, default settings: 5%
 * threshold) against the commit before it, must not FAIL; the history must flag a change point in
 * the creep, worse, of more than 10%. The contrast: the gate judging the first commit against the
 * last does FAIL.
 */
class CreepTest {

    private static final Path DATA = Path.of("..", "docs", "gate-calibration-data");
    private static final int FORKS = 10;

    @Test
    void tenTwoPercentStepsPassTheGateOneByOneButMakeAChangePoint() throws Exception {
        RecordedNoise noise = RecordedNoise.load(List.of(DATA.resolve("sample-aa-baseline.json"), DATA.resolve("sample-aa-candidate.json"),
                DATA.resolve("sample-slow05-baseline.json"), DATA.resolve("sample-slow10-baseline.json")));
        SplittableRandom rng = new SplittableRandom(15);
        List<List<double[]>> commits = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            int steps = Math.max(0, Math.min(c - 9, 10));
            commits.add(noise.run(FORKS, Math.pow(1.02, steps), rng));
        }

        GateSettings gate = GateSettings.defaults();
        for (int c = 10; c < 20; c++) {
            BenchmarkJudgement j = judge(commits.get(c - 1), commits.get(c), gate);
            assertNotEquals(Verdict.FAIL, j.verdict(), "step " + (c - 9) + ": " + j.reason());
            assertTrue(j.ratio().value() < 1.05, "a 2% step measured as " + j.ratio().value());
        }
        assertEquals(Verdict.FAIL, judge(commits.getFirst(), commits.getLast(), gate).verdict(), "the whole creep is a regression");

        List<Series.Point> points = new ArrayList<>();
        for (int c = 0; c < commits.size(); c++) {
            double[] summaries = commits.get(c).stream().mapToDouble(RecordedNoise::summary).toArray();
            points.add(new Series.Point(String.format("c%02d", c), c, List.of("run" + c), summaries));
        }
        TrendAnalysis.Trend t = new TrendAnalysis(EDivisive.Settings.defaults(), IntervalRule.defaults())
                .analyze(new Series(noise.key(), noise.unit(), "fp", points));
        assertFalse(t.shifts().isEmpty(), "the creep must be flagged");
        TrendAnalysis.Shift first = t.shifts().getFirst();
        assertTrue(first.index() >= 10 && first.index() <= 20, "change point inside the creep, at commit " + first.index());
        assertTrue(first.worse() && first.ratio().lower() > 1.0, "worse, CI above 1: " + first.ratio());
        assertTrue(t.shifts().stream().allMatch(s -> s.index() >= 10 && s.index() <= 20 && s.worse()), "no change point outside the creep: " + t.shifts());
        double total = t.shifts().stream().mapToDouble(s -> s.ratio().value()).reduce(1, (a, b) -> a * b);
        assertTrue(total > 1.10, "the shifts add up to the creep (+22%), got " + total);
    }

    private static BenchmarkJudgement judge(List<double[]> base, List<double[]> cand, GateSettings s) throws Exception {
        String key = "GateCalibrationBench.lockedAdd [sample]";
        var r = GateAnalysis.analyze(Map.of(key, new BenchmarkSeries(key, "ns/op", base, List.of())),
                Map.of(key, new BenchmarkSeries(key, "ns/op", cand, List.of())), s);
        return r.judgements().getFirst();
    }
}
