/**
 * How a thread waits for another: {@link dev.sharebench.core.wait.WaitStrategy} (spin, yield, park,
 * block, futex, busy-poll, spin-then-block), the {@code waitStrategy} parameter of the handoff
 * workloads and the wait in the cross-process mechanisms' aliases.
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.wait;
