/**
 * JMH's JSON result format, from this suite or any other project: the reader
 * ({@link dev.sharebench.reports.jmh.JmhJson}), one benchmark entry and its metrics, score units,
 * what one SampleTime iteration contributes to the statistics, and the SampleTime percentile table
 * of a metric. Knows nothing of how the numbers are ranked or shown.
 *
 * <p>May depend on: {@code common}, {@code stats}.
 */
package dev.sharebench.reports.jmh;
