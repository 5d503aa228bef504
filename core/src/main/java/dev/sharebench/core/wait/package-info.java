/**
 * How a thread waits for another: {@link dev.sharebench.core.wait.WaitStrategy} (spin, yield, park,
 * block, futex), the {@code waitStrategy} parameter of the handoff and cross-process workloads.
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.wait;
