/**
 * The {@code compare} command: two runs side by side, to measure reproducibility. Per workload, the
 * rank agreement of its mechanisms (Spearman's rho on tie-aware ranks) and each headline value's
 * ratio between the runs with the interval rule's Welch interval.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code results}, {@code rank}.
 */
package dev.sharebench.reports.compare;
