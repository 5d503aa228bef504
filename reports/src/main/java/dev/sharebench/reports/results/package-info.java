/**
 * One {@code results/<run-id>/} directory, read once: manifest, mechanism registry, JMH files,
 * proof records, the core-to-core reference and the workload catalogue ({@code workloads.json},
 * {@link dev.sharebench.reports.results.RunCatalog}; absent: another project's JMH results). Every
 * input is optional, but an input that exists and cannot be read is an error naming the file.
 *
 * <p>May depend on: {@code common}, {@code jmh}, {@code manifest}, {@code proof}.
 */
package dev.sharebench.reports.results;
