/**
 * The performance targets of a run ({@code targets/targets.json}): ratios of this run's numbers
 * against its C and Python references, checked against limits.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code results}, {@code rank}.
 */
package dev.sharebench.reports.targets;
