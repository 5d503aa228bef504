/**
 * Statistics on plain numbers, knowing nothing of JMH or files: the seeded two-level bootstrap,
 * Welch's interval on log ratios, the rank test and Hodges-Lehmann shift, Benjamini-Hochberg and
 * the {@link dev.sharebench.reports.stats.Estimate} record.
 *
 * <p>May depend on: nothing in reports (Apache Commons Statistics and RNG only).
 */
package dev.sharebench.reports.stats;
