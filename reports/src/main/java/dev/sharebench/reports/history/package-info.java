/**
 * {@code reports history}: a run history with trends and change points. {@code add} stores a run
 * ({@link dev.sharebench.reports.historydb}); {@code show} draws, per benchmark and machine
 * fingerprint, the median and CI of every commit and finds change points with E-divisive means on
 * fork-level data ({@link dev.sharebench.reports.history.TrendAnalysis}); {@code detection-quality}
 * measures that detector on synthetic histories built from recorded forks
 * ({@link dev.sharebench.reports.history.RecordedNoise}); {@code scale-test} times a large history.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code historydb}, {@code changepoint},
 * {@code chart}, {@code doc}.
 */
package dev.sharebench.reports.history;
