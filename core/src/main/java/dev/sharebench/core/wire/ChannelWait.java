package dev.sharebench.core.wire;

import java.io.IOException;

/**
 * What a {@link ChannelFrameLink} over a NON-BLOCKING channel does when a read or a write moved no
 * byte: spin, sleep until the channel is ready, or give up. The link calls it with the number of
 * fruitless attempts so far in the current read or write (1, 2, ...) and tries again when it returns.
 * The link closes it after its channel (a wait may hold a selector).
 */
@FunctionalInterface
public interface ChannelWait extends AutoCloseable {

    /** For a blocking channel, where a read or write that moves nothing means a broken invariant. */
    ChannelWait NEVER = (writing, attempts) -> {
        throw new IOException("a blocking channel " + (writing ? "wrote" : "read") + " no byte");
    };

    /**
     * @param writing  whether the write found no room (else the read found nothing)
     * @param attempts fruitless attempts so far in this read or write, from 1
     * @throws IOException to give up: the peer hung, or this end was asked to stop
     */
    void idle(boolean writing, int attempts) throws IOException;

    /** Releases what the wait holds; nothing by default. */
    @Override
    default void close() throws IOException {
    }
}
