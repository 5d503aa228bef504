/**
 * Bytes between processes, shared by several transports: length-prefixed frames
 * ({@link dev.sharebench.core.wire.FrameLink} over channels or streams, blocking or non-blocking with a
 * {@link dev.sharebench.core.wire.ChannelWait}, {@link dev.sharebench.core.wire.PeerClosedException}
 * for a clean end), the stamped payloads of the stream workload ({@link dev.sharebench.core.wire.Payloads},
 * {@link dev.sharebench.core.wire.PayloadCheck}, {@link dev.sharebench.core.wire.Bytes})
 * and the one allowlist of every Java-serialization reader
 * ({@link dev.sharebench.core.wire.SerialAllowlist}: the process queue's, and the manager's java codec
 * with its own {@code Call} added). Here so that {@code pipe} and {@code manager} share them without
 * depending on each other.
 *
 * <p>May depend on: nothing in core (a leaf).
 */
package dev.sharebench.core.wire;
