/**
 * Ranking: {@link dev.sharebench.reports.rank.Analysis} groups a run's JMH entries into
 * {@link dev.sharebench.reports.rank.RankedComparison}s (one workload's mechanisms under the same
 * method, mode, unit and other parameters) with bootstrapped medians, ratios and ties, and
 * {@link dev.sharebench.reports.rank.Recommendations} picks per job the fastest mechanism whose
 * proofs hold.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code proof}.
 */
package dev.sharebench.reports.rank;
