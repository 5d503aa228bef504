/**
 * Family {@code threadlocal}: per-thread state, merged or scoped. A counter that accumulates per
 * thread ({@code thread-local}) and scratch objects per thread, per scope ({@code scoped-value}) or
 * per call ({@code new-per-call}).
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.threadlocal;
