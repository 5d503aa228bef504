package dev.sharebench.core.manager.rmi;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;

/**
 * RMI sockets on the loopback address only (the RMI default listens on the wildcard address), with
 * TCP_NODELAY. The server side remembers the port it got, so the child can report it.
 */
final class LoopbackSocketFactory implements RMIServerSocketFactory, RMIClientSocketFactory, Serializable {

    private static final long serialVersionUID = 1L;
    private transient volatile int lastPort;

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        lastPort = s.getLocalPort();
        return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setTcpNoDelay(true);
        return s;
    }

    int lastPort() {
        return lastPort;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoopbackSocketFactory;
    }

    @Override
    public int hashCode() {
        return LoopbackSocketFactory.class.hashCode();
    }
}
