/**
 * Families {@code pipe} and {@code socket}: copies carried between processes through the kernel.
 * {@link dev.sharebench.core.pipe.FrameTransport} sets up {@code pipe} (the child's stdin/stdout),
 * {@code fifo}, {@code uds} and {@code tcp} at both ends; on them the parent sides of the round-trip
 * and stream workloads ({@link dev.sharebench.core.pipe.FrameRoundTrip},
 * {@link dev.sharebench.core.pipe.FrameStream}) and their child roles; and the process queue
 * ({@code process-queue}: serialized items, a feeder thread, a pipe).
 *
 * <p>May depend on: the base package, {@code contract} and the leaf packages; never on another
 * family, {@code workload} or anything above it.
 */
package dev.sharebench.core.pipe;
