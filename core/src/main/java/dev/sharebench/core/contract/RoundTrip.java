package dev.sharebench.core.contract;

/**
 * The ping-pong contract of RttBench: send a small message to a peer process, wait for its reply.
 * Implementations check the reply themselves and throw, naming the mechanism, when it is wrong or
 * when the peer died or hung.
 */
public interface RoundTrip extends AutoCloseable {

    /** Send {@code value}, wait for the peer's echo; returns the echo (already checked equal). */
    long roundTrip(long value);

    /** The mechanism alias, for messages. */
    String mechanism();

    @Override
    void close();
}
