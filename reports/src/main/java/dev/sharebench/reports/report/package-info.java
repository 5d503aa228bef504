/**
 * The {@code report} command: reads one run, ranks, draws, evaluates the targets and writes the
 * documents. Wiring only; the work lives in the packages below.
 *
 * <p>May depend on: every package except {@code gate} and the root package.
 */
package dev.sharebench.reports.report;
