/**
 * The run history database: what {@code reports history add} stores and {@code history show}
 * reads. A run is its manifest (commit, time, profile, JDK, machine fingerprint) and, for every
 * JMH entry, one summary per fork (the median of the fork's iteration values; SampleTime
 * iterations by their median sampled time). One schema for SQLite (the default: a file under
 * {@code results/}) and PostgreSQL (a fleet's shared history), versioned by Flyway migrations in
 * {@code resources/dev/sharebench/reports/historydb/migration}.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}, {@code results}.
 */
package dev.sharebench.reports.historydb;
