/**
 * The performance targets of a run (core's catalogue, read from the run's {@code workloads.json}):
 * ratios of this run's numbers against its C and Python references, checked against limits; and the
 * classic guides' Python cases beside their Java counterparts.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code results}, {@code rank}.
 */
package dev.sharebench.reports.targets;
