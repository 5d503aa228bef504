package dev.sharebench.core.manager;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.socket.Sockets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One connection of the manager server: a small state machine that the loop drives with readiness
 * events, on a non-blocking socket.
 *
 * <pre>
 *   LOGIN    hello (ready + nonce) sent; the 33-byte answer accumulates. Closed on a wrong proof, at
 *            the login deadline (the loop checks), or when the client leaves. Holds ~100 bytes.
 *   SERVING  requests accumulate in a FrameInbox (1 KiB, larger only for a larger request, from the
 *            BufferBudget); each complete one is decoded, invoked and answered, in order.
 * </pre>
 *
 * While a reply is unsent (the socket took only part of it) or parked (a {@code lock()} that waits),
 * the connection is not read: a client can hold at most one request and one reply in the server,
 * however many it pipelines. Reply bytes the socket does not take at once wait in a buffer taken
 * from the budget.
 */
final class ServerConnection implements ManagerObjects.Caller {

    private final ServerContext server;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final long loginDeadline;
    private byte[] nonce;
    private ByteBuffer answer;
    private Codec codec;
    private FrameInbox inbox;
    private ByteBuffer unsent;
    private boolean parked;
    private Object parkedReply;
    private boolean closed;

    /** Registers the accepted {@code channel}; {@link #start} sends the hello. */
    ServerConnection(ServerContext server, SocketChannel channel, Selector selector, long loginDeadline) throws IOException {
        this.server = server;
        this.channel = channel;
        this.loginDeadline = loginDeadline;
        channel.configureBlocking(false);
        Sockets.tune(channel, 0);
        this.key = channel.register(selector, SelectionKey.OP_READ, this);
        server.counters.open++;
    }

    void start() throws IOException {
        nonce = ManagerProtocol.newNonce();
        answer = ByteBuffer.allocate(1 + ManagerProtocol.PROOF_BYTES);
        send(ManagerProtocol.readyHello(nonce));
        updateInterest();
    }

    boolean loggingIn() {
        return !closed && codec == null;
    }

    long loginDeadline() {
        return loginDeadline;
    }

    void onReadable() throws IOException {
        if (codec == null) {
            readLogin();
        } else if (inbox.read(channel) < 0) {
            close();
        } else {
            serve();
        }
    }

    void onWritable() throws IOException {
        channel.write(unsent);
        if (!unsent.hasRemaining()) {
            server.budget.give(unsent.capacity());
            unsent = null;
            serve();
        }
    }

    /** A parked reply became ready (the loop calls {@link #resume} after the current event). */
    @Override
    public void replyLater(Object value) {
        parkedReply = value;
        server.resumeLater(this);
    }

    void resume() throws IOException {
        if (closed) {
            return;
        }
        parked = false;
        Object value = parkedReply;
        parkedReply = null;
        reply(value);
        serve();
    }

    private void readLogin() throws IOException {
        if (channel.read(answer) < 0) {
            close(); // the client left before logging in
            return;
        }
        if (answer.hasRemaining()) {
            return;
        }
        byte codecId = answer.get(0);
        byte[] proof = new byte[ManagerProtocol.PROOF_BYTES];
        answer.get(1, proof);
        Codec chosen = ManagerProtocol.verify(server.secret, nonce, codecId, proof) ? Codec.ofId(codecId).orElse(null) : null;
        if (chosen == null) {
            server.counters.failedLogins++;
            server.log.log("wrong login", "rejected a login with a wrong proof (wrong secret, or unknown codec id " + codecId + ")");
            close();
            return;
        }
        codec = chosen;
        nonce = null;
        answer = null;
        inbox = new FrameInbox(server.budget);
        send(ByteBuffer.wrap(new byte[] {ManagerProtocol.ACCEPTED}));
        serve();
    }

    /** Answer the complete requests in the inbox, in order, until one must wait; then set what to wait for. */
    private void serve() throws IOException {
        while (codec != null && !closed && unsent == null && !parked && inbox.hasHeader()) {
            int len = inbox.declaredLength();
            if (len < 0 || len > ManagerProtocol.MAX_FRAME) {
                server.log.log("bad frame", "closed a connection that declared a frame of " + len + " bytes (maximum "
                        + ManagerProtocol.MAX_FRAME + ")");
                close();
                return;
            }
            if (!inbox.makeRoom(len)) {
                inbox.discardFrame();
                replyError("server busy: a request of " + len + " bytes does not fit the server's buffer budget of "
                        + server.budget.limit() + " bytes now (" + server.budget.used() + " in use by other requests); try again");
                continue;
            }
            ByteBuffer frame = inbox.frame();
            if (frame == null) {
                break;
            }
            handle(frame);
            inbox.consume();
        }
        updateInterest();
    }

    private void handle(ByteBuffer frame) throws IOException {
        Object result;
        try {
            result = server.objects.invoke(codec.readCall(frame), this);
        } catch (MalformedFrameException | RemoteManagerException | IllegalArgumentException e) {
            replyError(e.getMessage());
            return;
        }
        if (result == ManagerObjects.LATER) {
            parked = true;
        } else {
            reply(result);
        }
    }

    private void reply(Object value) throws IOException {
        ByteBuffer out = server.replyBuffer();
        try {
            out.put(ManagerProtocol.OK);
            codec.writeValue(value, out);
        } catch (IllegalArgumentException e) { // a value the codec cannot encode, or larger than a frame
            replyError(e.getMessage());
            return;
        }
        PeerWitness.add(PeerWitness.Seen.SERVED, 1);
        sendFrame(out);
    }

    private void replyError(String message) throws IOException {
        ByteBuffer out = server.replyBuffer();
        out.put(ManagerProtocol.ERROR).put(ManagerProtocol.clip(message).getBytes(StandardCharsets.UTF_8));
        sendFrame(out);
    }

    private void sendFrame(ByteBuffer out) throws IOException {
        out.putInt(0, out.position() - 4).flip();
        send(out);
    }

    /** Write what the socket takes now; keep the rest, from the budget, for when it is writable. */
    private void send(ByteBuffer bytes) throws IOException {
        channel.write(bytes);
        int left = bytes.remaining();
        if (left == 0) {
            return;
        }
        if (!server.budget.take(left)) {
            throw new IOException(left + " reply bytes the client has not read do not fit the server's buffer budget");
        }
        unsent = ByteBuffer.allocate(left).put(bytes).flip();
    }

    /* Readiness wanted: write while bytes are unsent, nothing while a reply is parked, else read. */
    private void updateInterest() {
        if (closed) {
            return;
        }
        int ops = unsent != null ? SelectionKey.OP_WRITE : parked ? 0 : SelectionKey.OP_READ;
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    void closeForLoginTimeout() {
        server.counters.loginTimeouts++;
        server.log.log("login timeout", "closed a connection that had not logged in within "
                + server.limits.loginDeadline().toMillis() + " ms");
        close();
    }

    /** Close after a failure of this connection (an I/O error, a bug, no memory): the server goes on. */
    void closeAfter(Throwable failure) {
        server.log.log("connection error", "closed a connection: " + failure);
        close();
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.counters.open--;
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            server.log.log("connection error", "closing a connection failed: " + e);
        }
        if (inbox != null) {
            inbox.release();
        }
        if (unsent != null) {
            server.budget.give(unsent.capacity());
            unsent = null;
        }
        if (codec != null) {
            server.objects.forget(this);
        }
    }
}
