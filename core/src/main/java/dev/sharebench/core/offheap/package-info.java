/**
 * Family {@code offheap}: a big numeric array in one JVM, on or off the heap
 * ({@code heap-array}, {@code direct-buffer}, {@code offheap-segment}, {@code mapped-segment}), a
 * counter in a MemorySegment, and the single-producer single-consumer ring of longs in a
 * MemorySegment ({@code offheap-spsc-ring}, a {@link dev.sharebench.core.contract.Handoff}) with its
 * layout.
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.offheap;
