/**
 * The machine-state canary: did the machine change under a run? The catalogue's canary profile
 * (a fixed CPU kernel and the in-process floor, one fork each) runs at the start, middle and end of
 * a run; {@link dev.sharebench.reports.canary.CanaryDrift} compares those points and names the
 * drifts, {@link dev.sharebench.reports.canary.CanaryPoints} reads them from a run's folder. The gate
 * (A/B runs) and the report use it.
 *
 * <p>May depend on: {@code common}, {@code stats}, {@code jmh}.
 */
package dev.sharebench.reports.canary;
