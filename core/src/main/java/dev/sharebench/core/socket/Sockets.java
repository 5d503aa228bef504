package dev.sharebench.core.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Socket set-up shared by the uds, tcp and manager transports. Servers listen on a Unix socket file
 * inside a 0700 {@code sharebench-} directory, or on the LOOPBACK address (never the wildcard: a
 * benchmark server must not be reachable from the network). Every TCP socket sets TCP_NODELAY.
 */
public final class Sockets {

    private Sockets() {
    }

    /** A listening server: {@code uds} at {@code dir/name.sock}, or {@code tcp} on loopback, port chosen by the kernel. */
    public static ServerSocketChannel listen(String transport, Path dir, String name) throws IOException {
        return switch (transport) {
            case "uds" -> {
                ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                s.bind(UnixDomainSocketAddress.of(dir.resolve(name + ".sock")));
                yield s;
            }
            case "tcp" -> {
                ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                yield s;
            }
            default -> throw new IllegalArgumentException("transport '" + transport + "' is not a socket transport (uds, tcp)");
        };
    }

    /** What a client needs to connect: the socket path or the port, as one string. */
    public static String addressOf(ServerSocketChannel server) throws IOException {
        SocketAddress a = server.getLocalAddress();
        return a instanceof InetSocketAddress inet ? Integer.toString(inet.getPort()) : ((UnixDomainSocketAddress) a).getPath().toString();
    }

    public static SocketChannel connect(String transport, String address) throws IOException {
        SocketChannel c = switch (transport) {
            case "uds" -> SocketChannel.open(UnixDomainSocketAddress.of(address));
            case "tcp" -> SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), parsePort(address)));
            default -> throw new IllegalArgumentException("transport '" + transport + "' is not a socket transport (uds, tcp)");
        };
        return tune(c, 0);
    }

    /** TCP_NODELAY on TCP; optional send/receive buffer sizes (0 = kernel default). */
    public static SocketChannel tune(SocketChannel c, int bufferBytes) throws IOException {
        if (c.getLocalAddress() instanceof InetSocketAddress) {
            c.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        if (bufferBytes > 0) {
            c.setOption(StandardSocketOptions.SO_SNDBUF, bufferBytes);
            c.setOption(StandardSocketOptions.SO_RCVBUF, bufferBytes);
        }
        return c;
    }

    private static int parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tcp address must be a port number, got '" + s + "'", e);
        }
    }
}
