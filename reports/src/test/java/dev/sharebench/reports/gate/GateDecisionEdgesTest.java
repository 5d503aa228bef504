package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.stats.Estimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The edges of the gate's decision that the verdict tests do not reach: the reason of
 * INSUFFICIENT_DATA says "no per-fork rawData" only when a side has no fork at all; a CI above the
 * threshold that the rank test does not confirm asks for more forks only below 10 a side; a
 * candidate in another time unit is converted before comparing; and FAIL sorts first even when an
 * INCONCLUSIVE benchmark's lower bound is higher.
 */
class GateDecisionEdgesTest {

    private static final String KEY = "org.example.FooBench.run";

    /** {@code n} forks of three iterations, fork i at {@code level * (1 + 0.002 * i)}: a tidy, quiet benchmark. */
    private static BenchmarkSeries series(String unit, int n, double level) {
        List<double[]> forks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = level * (1 + 0.002 * i);
            forks.add(new double[] {v, v, v});
        }
        return new BenchmarkSeries(KEY, unit, forks, List.of(Path.of(unit.replace('/', '_') + ".json")));
    }

    private static BenchmarkJudgement judge(BenchmarkSeries b, BenchmarkSeries c, GateSettings s) throws GateInputException {
        return GateAnalysis.analyze(Map.of(KEY, b), Map.of(KEY, c), s).judgements().getFirst();
    }

    @Test
    void insufficientDataMentionsMissingRawDataOnlyWhenASideHasNoFork() throws Exception {
        GateSettings s = GateSettings.defaults();
        String noRaw = "(no per-fork rawData on a side";
        for (int[] sides : new int[][] {{0, 6}, {6, 0}}) {
            BenchmarkJudgement j = judge(series("ns/op", sides[0], 100), series("ns/op", sides[1], 100), s);
            assertEquals(Verdict.INSUFFICIENT_DATA, j.verdict());
            assertTrue(j.reason().startsWith(sides[0] + " baseline / " + sides[1] + " candidate forks; the gate needs >= 5 a side " + noRaw),
                    j.reason());
        }
        BenchmarkJudgement few = judge(series("ns/op", 2, 100), series("ns/op", 4, 100), s);
        assertEquals(Verdict.INSUFFICIENT_DATA, few.verdict());
        assertEquals("2 baseline / 4 candidate forks; the gate needs >= 5 a side", few.reason());
    }

    @Test
    void aCiAboveTheThresholdWithoutTheRankTestAsksForMoreForksOnlyBelowTenASide() throws Exception {
        // An alpha no rank test can reach: a clear 30% slowdown stays INCONCLUSIVE.
        GateSettings strict = GateSettings.defaults().withAlpha(1e-12);
        for (int[] sides : new int[][] {{10, 10}, {9, 10}, {10, 9}, {12, 11}}) {
            BenchmarkJudgement j = judge(series("ns/op", sides[0], 100), series("ns/op", sides[1], 130), strict);
            assertEquals(Verdict.INCONCLUSIVE, j.verdict(), j.reason());
            assertTrue(j.reason().contains("but the rank test disagrees"), j.reason());
            boolean fewForks = sides[0] < 10 || sides[1] < 10;
            assertEquals(fewForks, j.reason().endsWith("; more forks would settle it"), sides[0] + "/" + sides[1] + ": " + j.reason());
        }
        BenchmarkJudgement atDefault = judge(series("ns/op", 10, 100), series("ns/op", 10, 130), GateSettings.defaults());
        assertEquals(Verdict.FAIL, atDefault.verdict(), atDefault.reason());
    }

    @Test
    void aCandidateInAnotherTimeUnitIsConvertedFirst() throws Exception {
        BenchmarkJudgement same = judge(series("us/op", 10, 100), series("ns/op", 10, 100_000), GateSettings.defaults());
        assertEquals(Verdict.PASS, same.verdict(), same.reason());
        assertEquals(1.0, same.ratio().value(), 1e-9);
        assertEquals("us/op", same.unit());
        BenchmarkJudgement slower = judge(series("us/op", 10, 100), series("ns/op", 10, 120_000), GateSettings.defaults());
        assertEquals(Verdict.FAIL, slower.verdict(), slower.reason());
        assertEquals(1.2, slower.ratio().value(), 1e-9);
    }

    @Test
    void failSortsFirstEvenBelowAnInconclusiveWithAHigherLowerBound() {
        BenchmarkJudgement fail = judgement("a.Fail", 1.10, Verdict.FAIL);
        BenchmarkJudgement inconclusive = judgement("b.Inconclusive", 1.40, Verdict.INCONCLUSIVE);
        BenchmarkJudgement pass = judgement("c.Pass", 0.90, Verdict.PASS);
        assertEquals(List.of(fail, inconclusive, pass), GateAnalysis.worstFirst(List.of(pass, inconclusive, fail)));
    }

    private static BenchmarkJudgement judgement(String key, double lower, Verdict v) {
        return new BenchmarkJudgement(key, "ns/op", false, 10, 10, 0.05, "welch-log", new Estimate(lower + 0.05, lower, lower + 0.1, 10, ""),
                lower + 0.05, 0.01, 0.01, 0.1, v, "test");
    }
}
