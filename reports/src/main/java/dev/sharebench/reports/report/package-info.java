/**
 * The {@code report} command: reads one run, ranks, draws, evaluates the targets and writes the
 * documents. Wiring only; the work lives in the packages below.
 *
 * <p>May depend on: every package except {@code gate}, {@code compare} and the root package (so also
 * {@code canary}: a drift of the run's canary is warned about first).
 */
package dev.sharebench.reports.report;
