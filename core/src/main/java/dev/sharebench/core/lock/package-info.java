/**
 * Family {@code lock}: a global guarded by a lock, and its lock-free replacements. Counters
 * ({@code synchronized}, {@code reentrant-lock}, {@code stamped-lock}, {@code atomic-long},
 * {@code long-adder}) and one shared scratch under a lock ({@code shared-locked}).
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.lock;
