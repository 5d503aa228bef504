package dev.sharebench.reports.gate;

import dev.sharebench.reports.stats.RankShift;
import java.util.List;
import java.util.Locale;

/*
 * Can this gate run FAIL at all? A FAIL needs the Benjamini-Hochberg-adjusted rank-test p-value
 * below alpha. The exact one-sided Mann-Whitney test on nb and nc forks cannot give a p below
 * 1 / C(nb + nc, nb) (RankShift.smallestPValue). BH gives the smallest p of m tested benchmarks
 * q = min over k >= 1 of (m / k) p_(k); when one benchmark regresses alone, the others' p-values
 * are large and its q is m * p. So a lone regression can FAIL only if
 *
 *     m / C(nb + nc, nb) < alpha        (strictly: FAIL needs q < alpha)
 *
 * 5 forks a side (C = 252) allow m <= 12 benchmarks at alpha = 0.05, 6 forks (924) m <= 46,
 * 7 (3432) m <= 171, 10 (184756) m <= 9237. Several regressions at once can still FAIL where one
 * cannot (BH divides by their rank), but a gate that cannot see a lone regression is not a gate:
 * it exits 2 and names the forks needed, before measuring (A/B mode) or before judging (results).
 */
final class Feasibility {

    /** One benchmark whose lone regression could not FAIL: its forks and the best q it could reach. */
    record Blind(String key, int baselineForks, int candidateForks, double bestQ) {
    }

    private Feasibility() {
    }

    /** The smallest BH q a lone regression of one of m benchmarks can reach with nb and nc forks. */
    static double bestLoneQ(int m, int nb, int nc) {
        return Math.min(1, m * RankShift.smallestPValue(nb, nc));
    }

    static boolean reachable(int m, int nb, int nc, double alpha) {
        return bestLoneQ(m, nb, nc) < alpha;
    }

    /** The fewest forks a side (at least {@code minForks}) at which a lone regression of m benchmarks can FAIL. */
    static int forksNeeded(int m, double alpha, int minForks) {
        int n = minForks;
        while (!reachable(Math.max(m, 1), n, n, alpha)) {
            n++;
        }
        return n;
    }

    /** The tested benchmarks (with a p-value) of a judged run whose lone regression could not FAIL. */
    static List<Blind> blind(List<BenchmarkJudgement> judgements, double alpha) {
        List<BenchmarkJudgement> tested = judgements.stream().filter(j -> !Double.isNaN(j.pValue())).toList();
        int m = tested.size();
        return tested.stream().filter(j -> !reachable(m, j.baselineForks(), j.candidateForks(), alpha))
                .map(j -> new Blind(j.key(), j.baselineForks(), j.candidateForks(), bestLoneQ(m, j.baselineForks(), j.candidateForks())))
                .toList();
    }

    /** One sentence: why m benchmarks at n forks cannot FAIL. */
    static String explain(int m, int nb, int nc, double alpha) {
        return String.format(Locale.ROOT, "with %d benchmark(s) gated at %d/%d forks, the exact rank test's smallest p is 1/%.0f, "
                + "so a lone regression's Benjamini-Hochberg q is at best %d/%.0f = %.3g, not below alpha = %.2g",
                m, nb, nc, 1 / RankShift.smallestPValue(nb, nc), m, 1 / RankShift.smallestPValue(nb, nc), bestLoneQ(m, nb, nc), alpha);
    }
}
