package dev.sharebench.reports.gate;

import dev.sharebench.reports.stats.Estimate;

/**
 * The gate's finding for one benchmark present on both sides. Ratios are oriented so that > 1 is
 * worse: candidate/baseline for time per op, baseline/candidate for throughput.
 *
 * @param method  "welch-log" (the suite's interval rule on fork medians), or "none" (insufficient data)
 * @param ratio   oriented ratio with its CI (no interval when insufficient data)
 * @param hlRatio Hodges-Lehmann ratio of fork summaries (NaN when not tested)
 * @param pValue  exact one-sided Mann-Whitney p of H0 {@code ratio <= 1 + delta} (NaN when not tested)
 * @param qValue  Benjamini-Hochberg adjusted pValue across the run (NaN when not tested)
 * @param mde     the smallest slowdown detected with 80% power at these forks, from this run's fork
 *                scatter, as a fraction (0.093 = 9.3%; NaN when not tested); see
 *                {@code stats.MinimumDetectableEffect}
 * @param reason  one sentence: why this verdict
 */
public record BenchmarkJudgement(String key, String unit, boolean higherIsBetter, int baselineForks, int candidateForks,
                                 double delta, String method, Estimate ratio, double hlRatio, double pValue, double qValue,
                                 double mde, Verdict verdict, String reason) {

    public double threshold() {
        return 1 + delta;
    }

    /** Sort key, worst first: FAIL, then by the CI's lower bound (or point) descending. */
    double severity() {
        double v = ratio.hasInterval() ? ratio.lower() : ratio.value();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** This judgement with another verdict and reason (e.g. INCONCLUSIVE when the machine changed under its forks). */
    BenchmarkJudgement withVerdict(Verdict v, String why) {
        return new BenchmarkJudgement(key, unit, higherIsBetter, baselineForks, candidateForks, delta, method, ratio, hlRatio,
                pValue, qValue, mde, v, why);
    }
}
