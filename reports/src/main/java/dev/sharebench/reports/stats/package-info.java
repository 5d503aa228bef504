/**
 * Statistics on plain numbers, knowing nothing of JMH or files: the seeded two-level bootstrap,
 * Welch's interval on log ratios, the rank test and Hodges-Lehmann shift, Benjamini-Hochberg, the
 * {@link dev.sharebench.reports.stats.Estimate} record, and the one percentile rule every other
 * package uses ({@link dev.sharebench.reports.stats.Percentile}, JMH's own).
 *
 * <p>May depend on: nothing in reports (Apache Commons Statistics and RNG only).
 */
package dev.sharebench.reports.stats;
