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
 * its 0700 temp dir or on loopback TCP, reports the address as its ready info and serves on one loop
 * thread until the parent stops it. Args: {@code <uds|tcp> <block|busy-poll|spin-then-block>
 * [key=value limits]}: the transport, how the loop waits ({@link ManagerServer}), the limits
 * ({@link ServerLimits}).
 */
public final class ManagerServerRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        String transport = ctx.arg(0, "transport");
        WaitStrategy wait = WaitStrategy.of(ctx.arg(1, "waitStrategy"));
        ServerLimits limits = ServerLimits.parse(ctx.args().subList(2, ctx.args().size()));
        byte[] secret = ctx.stdin().readNBytes(ManagerProtocol.SECRET_BYTES);
        if (secret.length != ManagerProtocol.SECRET_BYTES) {
            throw new IllegalStateException("expected a " + ManagerProtocol.SECRET_BYTES + "-byte secret on stdin, got " + secret.length);
        }
        try (ServerSocketChannel listener = Sockets.listen(transport, ctx.tempDir(), "sharebench-manager");
             ManagerServer server = new ManagerServer(listener, secret, limits, wait)) {
            ctx.ready(transport + " " + Sockets.addressOf(listener));
            Thread loop = Thread.ofPlatform().daemon().name("sharebench-manager-loop").start(() -> {
                try {
                    server.serve();
                } catch (IOException e) {
                    throw new UncheckedIOException("manager server loop failed", e);
                }
            });
            while (!ctx.stopRequested() && loop.isAlive()) {
                Thread.sleep(20);
            }
            if (!loop.isAlive()) {
                throw new IllegalStateException("manager server loop ended unexpectedly (see the stderr above)");
            }
            server.close();
            loop.join(2000);
            if (loop.isAlive()) { // a polling loop that missed the stop flag would otherwise burn a CPU until the JVM exits
                throw new IllegalStateException("manager server loop did not stop within 2 s of the stop request");
            }
        }
    }
}
