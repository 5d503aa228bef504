package dev.sharebench.reports.load;

import dev.sharebench.reports.stats.Estimate;

/**
 * One offered load of one mechanism: each figure over forks by the interval rule (a fork's
 * percentile = the median of its iterations' percentiles; its max = the largest of its iterations').
 *
 * @param loadPercent the offered rate as a share of the mechanism's own closed-loop maximum
 * @param offeredRate messages per second asked for
 * @param achieved    messages per second completed (below {@code offeredRate}: overloaded)
 * @param p50         latency from the due time, us
 * @param p99         us
 * @param p999        us
 * @param max         us
 * @param p99Forks    the fork summaries behind {@code p99} (for ratios between mechanisms)
 * @param p999Forks   the fork summaries behind {@code p999}
 */
public record LoadPoint(int loadPercent, Estimate offeredRate, Estimate achieved, Estimate p50, Estimate p99, Estimate p999, Estimate max,
                        double[] p99Forks, double[] p999Forks) {

    public LoadPoint {
        p99Forks = p99Forks.clone();
        p999Forks = p999Forks.clone();
    }

    /** Forks behind this point. */
    public int forks() {
        return p99Forks.length;
    }
}
