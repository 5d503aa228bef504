package dev.sharebench.core.manager;

import dev.sharebench.core.process.PeerWatch;
import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelFrameLink;
import dev.sharebench.core.wire.PollingWait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * A connection to a manager server, and the {@link Proxy} objects that make every method call one
 * request/reply round trip on it (the shape of a classic manager's proxies). Calls on one client are
 * serialized; use one client per thread for parallel calls. The client waits for a reply the way
 * it was connected with: {@code block} in {@code read}, or {@code busy-poll} / {@code spin-then-block}
 * on a non-blocking socket ({@link PollingWait}; the handshake always blocks). A polling client gives
 * up after {@link PeerWatch#HANG} without a reply.
 */
public final class ManagerClient implements AutoCloseable {

    private final SocketChannel channel;
    private final ChannelFrameLink link;
    private final Codec codec;
    private final byte[] out = new byte[ManagerProtocol.MAX_FRAME];
    private final byte[] in = new byte[ManagerProtocol.MAX_FRAME];
    private final ByteBuffer outBuf = ByteBuffer.wrap(out);
    private final ByteBuffer inBuf = ByteBuffer.wrap(in);

    /** Connect to {@code address} ("uds /path" or "tcp port"), prove the secret, choose the codec; calls block. */
    public static ManagerClient connect(String address, byte[] secret, Codec codec) {
        return connect(address, secret, codec, WaitStrategy.BLOCK);
    }

    /** As {@link #connect(String, byte[], Codec)}, each call waiting for its reply the {@code wait} way. */
    public static ManagerClient connect(String address, byte[] secret, Codec codec, WaitStrategy wait) {
        String[] parts = address.split(" ", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("manager address must be '<uds|tcp> <path|port>', got '" + address + "'");
        }
        try {
            SocketChannel ch = Sockets.connect(parts[0], parts[1]);
            try {
                ByteBuffer nonce = ByteBuffer.allocate(32);
                ManagerProtocol.readFully(ch, nonce);
                ByteBuffer answer = ByteBuffer.allocate(33);
                answer.put(codec.id()).put(ManagerProtocol.proof(secret, nonce.array(), codec.id())).flip();
                ManagerProtocol.writeFully(ch, answer);
                ByteBuffer accepted = ByteBuffer.allocate(1);
                ManagerProtocol.readFully(ch, accepted);
                if (accepted.get(0) != ManagerProtocol.ACCEPTED) {
                    throw new IOException("server did not accept the handshake");
                }
                return new ManagerClient(ch, ManagerProtocol.link(ch, wait, PeerWatch.HANG, "manager client"), codec);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to the manager at " + address + " (wrong secret?)", e);
        }
    }

    private ManagerClient(SocketChannel channel, ChannelFrameLink link, Codec codec) {
        this.channel = channel;
        this.link = link;
        this.codec = codec;
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
        outBuf.clear();
        codec.writeCall(new Call(object, method, args), outBuf);
        try {
            link.send(out, 0, outBuf.position());
            int len = link.receive(in);
            inBuf.clear().limit(len);
        } catch (IOException e) {
            throw new UncheckedIOException("manager call " + object + "." + method + " failed (server gone?)", e);
        }
        byte status = inBuf.get();
        if (status == ManagerProtocol.OK) {
            return codec.readValue(inBuf);
        }
        throw new RemoteManagerException(object + "." + method + ": " + new String(in, 1, inBuf.limit() - 1, StandardCharsets.UTF_8));
    }

    /** Send raw frame bytes (tests: hostile input); returns the raw reply or throws on a closed connection. */
    public synchronized byte[] rawExchange(byte[] frame, int len) throws IOException {
        link.send(frame, 0, len);
        int n = link.receive(in);
        return java.util.Arrays.copyOf(in, n);
    }

    /** The channel, for tests that write hostile bytes below the frame layer. */
    SocketChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        try {
            link.close(); // the channel, and a polling wait's selector
        } catch (IOException e) {
            throw new UncheckedIOException("closing the manager connection failed", e);
        }
    }
}
