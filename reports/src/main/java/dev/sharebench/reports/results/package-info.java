/**
 * One {@code results/<run-id>/} directory, read once: manifest, mechanism registry, JMH files,
 * proof records and the core-to-core reference. Every input is optional, but an input that exists
 * and cannot be read is an error naming the file.
 *
 * <p>May depend on: {@code common}, {@code jmh}, {@code manifest}, {@code proof}.
 */
package dev.sharebench.reports.results;
