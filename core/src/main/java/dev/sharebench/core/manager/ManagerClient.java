package dev.sharebench.core.manager;

import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelWait;
import dev.sharebench.core.wire.PollingWait;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A connection to a manager server, and the {@link Proxy} objects that make every method call one
 * request/reply round trip on it (the shape of a classic manager's proxies). Calls on one client are
 * serialized; use one client per thread for parallel calls. A client holds two small buffers
 * (~1.3 KiB) that grow to a frame only for a large call or reply, so a thousand of them are cheap.
 *
 * <p>How a call waits for its reply ({@link WaitStrategy}): {@code block} reads a blocking channel
 * (the thread sleeps in {@code read}); {@code busy-poll} and {@code spin-then-block} log in on the
 * blocking channel, then switch it to non-blocking mode and retry reads with a {@link PollingWait}
 * (never sleeping, or sleeping in an epoll selector after a spin), which gives up after its hang bound.
 */
public final class ManagerClient implements AutoCloseable {

    private static final int SMALL_REQUEST = 256;
    private final SocketChannel channel;
    private final Codec codec;
    /** What a read or write that moved no byte does: NEVER on a blocking channel, a PollingWait otherwise. */
    private final ChannelWait replyWait;
    private final FrameInbox inbox = new FrameInbox(BufferBudget.unlimited());
    /** The request being sent: 4-byte length, then the call. */
    private ByteBuffer request = ByteBuffer.allocate(SMALL_REQUEST);

    /**
     * Connect to {@code address} ("uds /path" or "tcp port"), prove the secret, choose the codec.
     *
     * @throws UncheckedIOException naming the address and the reason: a wrong secret, or the
     *         server's own reason for refusing (its connection cap)
     */
    public static ManagerClient connect(String address, byte[] secret, Codec codec) {
        return connect(address, secret, codec, WaitStrategy.BLOCK, null);
    }

    /**
     * As {@link #connect(String, byte[], Codec)}, the calls waiting {@code wait} for their replies.
     *
     * @param hang a polling wait longer than this fails the call (null: no bound); unused by {@code block}
     */
    public static ManagerClient connect(String address, byte[] secret, Codec codec, WaitStrategy wait, Duration hang) {
        if (!WaitStrategy.KERNEL_TRANSPORT.contains(wait)) {
            throw new IllegalArgumentException("a manager client waits block, busy-poll or spin-then-block, not " + wait.alias());
        }
        String[] parts = address.split(" ", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("manager address must be '<uds|tcp> <path|port>', got '" + address + "'");
        }
        try {
            SocketChannel ch = Sockets.connect(parts[0], parts[1]);
            try {
                ManagerProtocol.login(ch, secret, codec);
                ChannelWait w = wait == WaitStrategy.BLOCK ? ChannelWait.NEVER
                        : PollingWait.forSocket(ch, wait == WaitStrategy.SPIN_THEN_BLOCK, hang, PollingWait.Guard.NONE,
                                "manager client at " + address);
                return new ManagerClient(ch, codec, w);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to the manager at " + address + ": " + e.getMessage(), e);
        }
    }

    private ManagerClient(SocketChannel channel, Codec codec, ChannelWait wait) {
        this.channel = channel;
        this.codec = codec;
        this.replyWait = wait;
    }

    /** A proxy for the shared object {@code name}; each call is one round trip. */
    public <T> T proxy(Class<T> iface, String name) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, name);
            }
            return call(name, method.getName(), args);
        };
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h));
    }

    private static Object objectMethod(Object proxy, Method m, Object[] args, String name) {
        return switch (m.getName()) {
            case "toString" -> "manager proxy of '" + name + "'";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(m.getName());
        };
    }

    /** One request/reply: the primitive under every proxy call. */
    public synchronized Object call(String object, String method, Object[] args) {
        encode(new Call(object, method, args));
        ByteBuffer reply;
        try {
            send(request);
            reply = receive();
        } catch (IOException e) {
            throw new UncheckedIOException("manager call " + object + "." + method + " failed (server gone?): " + e.getMessage(), e);
        } finally {
            if (request.capacity() > SMALL_REQUEST) {
                request = ByteBuffer.allocate(SMALL_REQUEST);
            }
        }
        try {
            byte status = reply.get();
            if (status == ManagerProtocol.OK) {
                return codec.readValue(reply);
            }
            throw new RemoteManagerException(object + "." + method + ": " + StandardCharsets.UTF_8.decode(reply));
        } finally {
            inbox.consume();
        }
    }

    /** Encode {@code call} after a 4-byte length, growing the buffer (up to one frame) if it does not fit. */
    private void encode(Call call) {
        while (true) {
            request.clear().position(4);
            try {
                codec.writeCall(call, request);
                break;
            } catch (FrameTooLargeException e) {
                if (request.capacity() >= 4 + ManagerProtocol.MAX_FRAME) {
                    throw e;
                }
                request = ByteBuffer.allocate((int) Math.min(4L + ManagerProtocol.MAX_FRAME, request.capacity() * 16L));
            }
        }
        request.putInt(0, request.position() - 4).flip();
    }

    private void send(ByteBuffer frame) throws IOException {
        for (int attempts = 0; frame.hasRemaining(); ) {
            if (channel.write(frame) == 0) {
                replyWait.idle(true, ++attempts);
            }
        }
    }

    /*
     * The one place a client waits for its reply: reads until a whole frame is in. A blocking read
     * returns at least one byte (or the end of the stream); a non-blocking one returns 0 while the
     * reply is not there, and the wait strategy decides what to do until the next attempt.
     */
    private ByteBuffer receive() throws IOException {
        int attempts = 0;
        while (true) {
            if (inbox.hasHeader()) {
                int len = inbox.declaredLength();
                if (len < 0 || len > ManagerProtocol.MAX_FRAME) {
                    throw new IOException("the server sent a frame of " + len + " bytes (maximum " + ManagerProtocol.MAX_FRAME + ")");
                }
                inbox.makeRoom(len);
                ByteBuffer frame = inbox.frame();
                if (frame != null) {
                    return frame;
                }
            }
            int n = inbox.read(channel);
            if (n < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (n == 0) {
                replyWait.idle(false, ++attempts);
            }
        }
    }

    /** Send raw frame bytes (tests: hostile input); returns the raw reply or throws on a closed connection. */
    public synchronized byte[] rawExchange(byte[] frame, int len) throws IOException {
        send(ByteBuffer.allocate(4 + len).putInt(len).put(frame, 0, len).flip());
        return receiveRaw();
    }

    /** Receive one raw reply frame (tests that wrote a request below the frame layer). */
    synchronized byte[] receiveRaw() throws IOException {
        ByteBuffer frame = receive();
        byte[] copy = new byte[frame.remaining()];
        frame.get(copy);
        inbox.consume();
        return copy;
    }

    /** The channel, for tests that write hostile bytes below the frame layer. */
    SocketChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        try (replyWait) {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the manager connection failed", e);
        }
    }
}
