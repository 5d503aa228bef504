/**
 * Latency under load: the open-loop results (a JMH entry with a {@code loadPercent} parameter and
 * the {@code lat.*} and {@code offeredRate} secondary metrics, LoadLatencyBench's) read as one
 * latency-vs-offered-rate curve per method and mechanism ({@link dev.sharebench.reports.load.LoadCurves}),
 * with the highest rate whose p99 stays under a stated bound and a tail comparison between
 * mechanisms at one load level, intervals over forks by the report's one interval rule.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}.
 */
package dev.sharebench.reports.load;
