package dev.sharebench.core.manager;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The classic connection shape, on a logged-in manager connection: {@link #send} writes one request
 * frame and {@link #receive} reads the next reply frame, as two separate calls (Python's
 * {@code multiprocessing.connection.Connection.send()/recv()}). It is NOT thread-safe, exactly like
 * the classic one: two threads that share it can take each other's replies, or read half a frame
 * each and lose the framing. Proof P21 shares one between two threads; {@link ManagerClient#call}
 * prevents this by holding its lock from the send to the end of the receive.
 */
public final class ManagerConnection implements AutoCloseable {

    private static final int REQUEST_BYTES = 4096;

    private final ManagerClient client;
    private final SocketChannel channel;
    private final Codec codec;

    /** Uses {@code loggedIn}'s connection; {@code codec} must be the one it logged in with. Closing closes it. */
    public ManagerConnection(ManagerClient loggedIn, Codec codec) {
        if (!loggedIn.channel().isBlocking()) {
            throw new IllegalArgumentException("a ManagerConnection reads a blocking channel: connect its client with the block wait");
        }
        this.client = loggedIn;
        this.channel = loggedIn.channel();
        this.codec = codec;
    }

    /** Writes one request frame: {@code int32 length | call}. */
    public void send(String object, String method, Object... args) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(REQUEST_BYTES).position(4);
        codec.writeCall(new Call(object, method, args), frame);
        frame.putInt(0, frame.position() - 4).flip();
        ManagerProtocol.writeFully(channel, frame);
    }

    /**
     * Reads the next reply frame and decodes its value.
     *
     * @throws MalformedFrameException when the bytes read are not a reply frame (the stream lost its framing)
     * @throws RemoteManagerException  when the reply is the server's error message
     */
    public Object receive() throws IOException {
        int len = read(4).getInt();
        if (len < 1 || len > ManagerProtocol.MAX_FRAME) {
            throw new MalformedFrameException("a reply header declares " + len + " bytes", null);
        }
        ByteBuffer reply = read(len);
        byte status = reply.get();
        if (status == ManagerProtocol.OK) {
            return codec.readValue(reply);
        }
        if (status == ManagerProtocol.ERROR) {
            throw new RemoteManagerException(StandardCharsets.UTF_8.decode(reply).toString());
        }
        throw new MalformedFrameException("a reply starts with status " + status, null);
    }

    private ByteBuffer read(int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new EOFException("the server closed the connection");
            }
        }
        return b.flip();
    }

    @Override
    public void close() {
        client.close();
    }
}
