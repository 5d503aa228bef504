/**
 * The report's figures (JFreeChart, written as SVG and PNG under {@code charts/}): ranked dot and
 * whisker charts, scaling lines, side-by-side parameters, latency percentile curves and proof
 * outcomes. Legends and labels are mechanism aliases.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code proof}, {@code rank}, {@code load}.
 */
package dev.sharebench.reports.chart;
