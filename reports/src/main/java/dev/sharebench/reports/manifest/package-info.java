/**
 * The run manifest ({@code manifest.json}): who ran what, where and on which JDK, and the one-line
 * "cite as" of a run.
 *
 * <p>May depend on: {@code common}.
 */
package dev.sharebench.reports.manifest;
