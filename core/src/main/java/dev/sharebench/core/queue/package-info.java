/**
 * Family {@code queue}: a bounded blocking queue between producer and consumer, and its relatives.
 * {@link dev.sharebench.core.contract.Handoff}s over the JDK's queues (bounded, or capped at
 * {@code capacity} items in flight when unbounded), a lock + condition deque, JCTools and the
 * Disruptor; a counter fed through a queue ({@code queue-to-owner}) and a pool of scratch objects
 * ({@code queue-pool}).
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.queue;
