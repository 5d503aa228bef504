/**
 * The regression gate and its tools: the {@code gate} command (baseline against candidate, one
 * {@link dev.sharebench.reports.gate.BenchmarkJudgement} per benchmark, gate.md/json/junit and a
 * forest plot), {@code merge} (JMH files pooled fork by fork, in JMH's format) and
 * {@code gate-calibrate} (false-alarm rate and power by resampling recorded forks).
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}. Never on the report's packages:
 * the gate must judge any JMH project's files.
 */
package dev.sharebench.reports.gate;
