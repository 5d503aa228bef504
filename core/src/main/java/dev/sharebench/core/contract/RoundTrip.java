package dev.sharebench.core.contract;

/**
 * The ping-pong contract of RttBench: send a small message to a peer process, wait for its reply.
 * The peer answers request {@code v} with {@link #reply reply(v)} (not {@code v} itself), so a
 * caller can tell the peer's answer from its own argument handed back, and a stale answer (the one
 * to the previous request) from the current one. Implementations check the reply themselves and
 * throw, naming the mechanism, when it is wrong or when the peer died or hung.
 */
public interface RoundTrip extends AutoCloseable {

    /** Send {@code value}, wait for the peer's reply; returns the reply (already checked to be {@code reply(value)}). */
    long roundTrip(long value);

    /** The mechanism alias, for messages. */
    String mechanism();

    @Override
    void close();

    /** What the peer answers to {@code request}: the request plus one, computed in the peer process. */
    static long reply(long request) {
        return request + 1;
    }
}
