package dev.sharebench.reports.gate;

import dev.sharebench.reports.stats.Estimate;

/**
 * The gate's finding for one benchmark present on both sides. Ratios are oriented so that > 1 is
 * worse: candidate/baseline for time per op, baseline/candidate for throughput.
 *
 * @param method  "bootstrap" (hierarchical, >= 10 forks a side), "welch-log" (5-9), or "none"
 * @param ratio   oriented ratio with its CI (no interval when insufficient data)
 * @param hlRatio Hodges-Lehmann ratio of fork means (NaN when not tested)
 * @param pValue  exact one-sided Mann-Whitney p of H0 {@code ratio <= 1 + delta} (NaN when not tested)
 * @param qValue  Benjamini-Hochberg adjusted pValue across the run (NaN when not tested)
 * @param reason  one sentence: why this verdict
 */
public record BenchmarkJudgement(String key, String unit, boolean higherIsBetter, int baselineForks, int candidateForks,
                                 double delta, String method, Estimate ratio, double hlRatio, double pValue, double qValue,
                                 Verdict verdict, String reason) {

    public double threshold() {
        return 1 + delta;
    }

    /** Sort key, worst first: FAIL, then by the CI's lower bound (or point) descending. */
    double severity() {
        double v = ratio.hasInterval() ? ratio.lower() : ratio.value();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
