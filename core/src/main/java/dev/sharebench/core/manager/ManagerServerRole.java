package dev.sharebench.core.manager;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wait.WaitStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ServerSocketChannel;

/**
 * Child role: the manager server process. Reads the run's secret from stdin (the parent writes it
 * there at start, so it never appears on a command line or in a file), listens on a Unix socket in
 * its 0700 temp dir or on loopback TCP, reports the address as its ready info and serves until the
 * parent stops it. Args: {@code <uds|tcp> [waitStrategy]} (how each connection's thread waits for
 * the next request; default block).
 */
public final class ManagerServerRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        String transport = ctx.arg(0, "transport");
        WaitStrategy wait = ctx.args().size() > 1 ? WaitStrategy.of(ctx.arg(1, "waitStrategy")) : WaitStrategy.BLOCK;
        byte[] secret = ctx.stdin().readNBytes(ManagerProtocol.SECRET_BYTES);
        if (secret.length != ManagerProtocol.SECRET_BYTES) {
            throw new IllegalStateException("expected a " + ManagerProtocol.SECRET_BYTES + "-byte secret on stdin, got " + secret.length);
        }
        try (ServerSocketChannel server = Sockets.listen(transport, ctx.tempDir(), "sharebench-manager")) {
            ctx.ready(transport + " " + Sockets.addressOf(server));
            Thread acceptor = Thread.ofPlatform().daemon().name("sharebench-manager-accept").start(() -> {
                try {
                    new ManagerServer(server, secret, wait).serve();
                } catch (IOException e) {
                    throw new UncheckedIOException("manager accept loop failed", e);
                }
            });
            while (!ctx.stopRequested() && acceptor.isAlive()) {
                Thread.sleep(20);
            }
            if (!acceptor.isAlive() && !ctx.stopRequested()) {
                throw new IllegalStateException("manager accept loop ended unexpectedly");
            }
        }
    }
}
