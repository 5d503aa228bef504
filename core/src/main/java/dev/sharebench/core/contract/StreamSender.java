package dev.sharebench.core.contract;

/**
 * The one-way stream contract of StreamBench: the parent sends stamped payloads to a child that
 * checks every one ({@code wire.PayloadCheck}: stamps on every message, every byte of a random 1/64).
 * {@link #finish} sends the end marker (a zero-length message), waits for the child's count and
 * throws, naming the mechanism, unless every message arrived intact.
 */
public interface StreamSender extends AutoCloseable {

    /** Send one payload stamped with {@code seq} (1, 2, 3, ... in order). */
    void send(long seq);

    /** End the stream and verify; returns the number of messages the child verified. */
    long finish(long sent);

    @Override
    void close();
}
