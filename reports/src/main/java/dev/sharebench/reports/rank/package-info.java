/**
 * Ranking: {@link dev.sharebench.reports.rank.Analysis} groups a run's JMH entries into
 * {@link dev.sharebench.reports.rank.RankedComparison}s (one workload's mechanisms under the same
 * method, mode, unit and other parameters) with bootstrapped medians, ratios and ties, and
 * {@link dev.sharebench.reports.rank.Recommendations} picks per job the fastest mechanism whose
 * proofs hold. {@link dev.sharebench.reports.rank.JobCatalog} holds the jobs, headlines, baselines
 * and rank metrics of the run's workload catalogue and the proof guards.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code proof}, {@code results}.
 */
package dev.sharebench.reports.rank;
