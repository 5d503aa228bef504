package dev.sharebench.core.manager;

import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelFrameLink;
import dev.sharebench.core.wire.PeerClosedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The manager server: accepts connections, authenticates each with the HMAC challenge, then serves
 * its calls on one platform thread per connection. A connection that fails (bad proof, hostile
 * length, I/O error) is closed; a request that does not decode or names an unknown object or method
 * gets an error reply. Neither stops the server. Each connection's thread waits for the next request
 * the server's way ({@code block}, {@code busy-poll} or {@code spin-then-block}: see
 * {@link ManagerProtocol#link}); a polling one waits without a bound, until its client closes or the
 * server process ends.
 */
public final class ManagerServer {

    private final ServerSocketChannel server;
    private final byte[] secret;
    private final ManagerObjects objects = new ManagerObjects();
    private final AtomicInteger connections = new AtomicInteger();
    private final WaitStrategy wait;

    public ManagerServer(ServerSocketChannel server, byte[] secret) {
        this(server, secret, WaitStrategy.BLOCK);
    }

    public ManagerServer(ServerSocketChannel server, byte[] secret, WaitStrategy wait) {
        this.server = server;
        this.secret = secret.clone();
        this.wait = ManagerProtocol.checkWait(wait);
    }

    /** Accept and serve until the server socket is closed. */
    public void serve() throws IOException {
        while (true) {
            SocketChannel c;
            try {
                c = server.accept();
            } catch (ClosedChannelException closed) {
                return;
            }
            Sockets.tune(c, 0);
            Thread t = new Thread(() -> serveConnection(c), "sharebench-manager-conn-" + connections.incrementAndGet());
            t.setDaemon(true);
            t.start();
        }
    }

    private void serveConnection(SocketChannel c) {
        try (c) {
            Codec codec = authenticate(c);
            if (codec == null) {
                return;
            }
            byte[] in = new byte[ManagerProtocol.MAX_FRAME];
            byte[] out = new byte[ManagerProtocol.MAX_FRAME];
            ByteBuffer inBuf = ByteBuffer.wrap(in);
            ByteBuffer outBuf = ByteBuffer.wrap(out);
            ChannelFrameLink link = ManagerProtocol.link(c, wait, null, "manager server");
            while (true) {
                int len = link.receive(in);
                inBuf.clear().limit(len);
                outBuf.clear();
                try {
                    Object result = objects.invoke(codec.readCall(inBuf));
                    outBuf.put(ManagerProtocol.OK);
                    codec.writeValue(result, outBuf);
                } catch (MalformedFrameException | RemoteManagerException | IllegalArgumentException e) {
                    outBuf.clear();
                    outBuf.put(ManagerProtocol.ERROR).put(String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
                }
                link.send(out, 0, outBuf.position());
            }
        } catch (PeerClosedException closed) {
            // The client closed between requests: the normal end of a connection.
            return;
        } catch (IOException | RuntimeException e) {
            System.err.println("sharebench manager: connection closed: " + e);
        }
    }

    /** Challenge-response; returns the client's codec, or null (connection to be closed) on a bad proof. */
    private Codec authenticate(SocketChannel c) throws IOException {
        byte[] nonce = ManagerProtocol.newNonce();
        ManagerProtocol.writeFully(c, ByteBuffer.wrap(nonce));
        ByteBuffer answer = ByteBuffer.allocate(1 + 32);
        ManagerProtocol.readFully(c, answer);
        byte codecId = answer.get(0);
        byte[] proof = new byte[32];
        answer.get(1, proof);
        if (!ManagerProtocol.verify(secret, nonce, codecId, proof)) {
            System.err.println("sharebench manager: rejected a client with a wrong secret");
            return null;
        }
        Codec codec = Codec.ofId(codecId);
        ManagerProtocol.writeFully(c, ByteBuffer.wrap(new byte[] {ManagerProtocol.ACCEPTED}));
        return codec;
    }
}
