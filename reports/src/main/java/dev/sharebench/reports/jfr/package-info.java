/**
 * The JFR attribution pass: event totals of each {@code profile.jfr}, divided by the operations of
 * the same pass, per mechanism. JFR timings never enter the statistics.
 *
 * <p>May depend on: {@code common}, {@code jmh}.
 */
package dev.sharebench.reports.jfr;
