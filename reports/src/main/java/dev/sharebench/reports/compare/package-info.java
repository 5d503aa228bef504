/**
 * The {@code compare} command: two runs side by side, to measure reproducibility. Per workload, the
 * rank agreement of its mechanisms (Spearman's rho on tie-aware ranks) and each headline value's
 * ratio between the runs with the interval rule's Welch interval. And {@code interval-coverage}: how often
 * the interval rule's 95% intervals contain the truth at 3, 5 and 10 forks, simulated on recorded forks.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code results}, {@code rank}.
 */
package dev.sharebench.reports.compare;
