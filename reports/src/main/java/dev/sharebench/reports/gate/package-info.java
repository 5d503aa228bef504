/**
 * The regression gate and its tools: the {@code gate} command (baseline against candidate, one
 * {@link dev.sharebench.reports.gate.BenchmarkJudgement} per benchmark, a
 * {@link dev.sharebench.reports.gate.RunVerdict} for the run that every output leads with,
 * gate.md/json/junit and a forest plot), {@code gate-ab} (two jars measured side by side, with the
 * canary at the start, middle and end), {@code merge} (JMH files pooled fork by fork, in JMH's
 * format) and {@code gate-calibrate} (false-alarm rate, power and minimum detectable effect by
 * resampling recorded forks).
 *
 * <p>{@code gate --proofs DIR} lists correctness regressions (proof records) beside the verdicts.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code proof}, {@code canary}. Never on the report's
 * packages: the gate must judge any JMH project's files.
 */
package dev.sharebench.reports.gate;
