package dev.sharebench.core.wire;

import java.io.IOException;

/**
 * One end of a byte stream between two processes, cut into length-prefixed frames:
 *
 * <pre>
 *   +----------------+---------------------------+
 *   | length: int32  | payload: length bytes     |   big-endian length, 0 <= length <= maxFrame
 *   +----------------+---------------------------+
 * </pre>
 *
 * {@link #send} hands the whole frame to the kernel in one write where it can (one syscall, and no
 * Nagle stall on TCP) and flushes; {@link #receive} reads exactly one frame. Implementations
 * allocate nothing per frame. Not thread-safe: one sender and one receiver thread at most.
 */
public interface FrameLink extends AutoCloseable {

    /** Send {@code len} bytes of {@code buf} from {@code off} as one frame. */
    void send(byte[] buf, int off, int len) throws IOException;

    /**
     * Receive one frame into {@code buf}; returns its length.
     *
     * @throws java.io.EOFException at end of stream (the peer closed or died)
     * @throws java.io.IOException  if the frame's length is negative or larger than {@code buf}
     */
    int receive(byte[] buf) throws IOException;

    @Override
    void close() throws IOException;

    static void checkLength(int len, int max, String where) throws IOException {
        if (len < 0 || len > max) {
            throw new IOException(where + ": frame length " + len + " outside 0.." + max + " (corrupt stream?)");
        }
    }
}
