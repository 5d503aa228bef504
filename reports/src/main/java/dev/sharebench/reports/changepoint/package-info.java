/**
 * Change points in a series of runs: {@link dev.sharebench.reports.changepoint.EDivisive}, the
 * E-divisive means method of Matteson and James (2014), the method behind MongoDB's and Apache
 * Otava's performance-history detectors. Numbers only: it knows nothing about benchmarks or files.
 *
 * <p>May depend on: nothing in reports.
 */
package dev.sharebench.reports.changepoint;
