/**
 * Family {@code floor}: no mechanism at all, the hardware's best. Two threads hand a number back and
 * forth through one cache line ({@link dev.sharebench.core.floor.PingPongCell},
 * {@code cache-line-pingpong}); every handoff of the suite is read against it.
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.floor;
