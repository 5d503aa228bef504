package dev.sharebench.core.wire;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * The sleep of {@code spin-then-block} on a non-blocking socket: an epoll {@link Selector} with the
 * one channel registered, opened at the first sleep (a busy-polling end never needs one). It uses
 * {@code select(action, timeout)}, which adds nothing to a selected-key set: no garbage per sleep.
 * One thread at a time.
 */
public final class SocketReadiness implements PollingWait.Readiness {

    private final SocketChannel channel;
    private Selector selector;
    private SelectionKey key;
    private int interest = -1;

    public SocketReadiness(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public boolean await(boolean writing, int timeoutMillis) throws IOException {
        if (selector == null) {
            selector = Selector.open();
            key = channel.register(selector, 0);
        }
        int ops = writing ? SelectionKey.OP_WRITE : SelectionKey.OP_READ;
        if (interest != ops) {
            key.interestOps(ops);
            interest = ops;
        }
        return selector.select(k -> { }, timeoutMillis) > 0;
    }

    @Override
    public void close() throws IOException {
        if (selector != null) {
            selector.close();
        }
    }
}
