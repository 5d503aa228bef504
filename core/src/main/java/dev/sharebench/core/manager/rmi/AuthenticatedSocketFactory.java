package dev.sharebench.core.manager.rmi;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rmi row's sockets: on the loopback address only (the RMI default listens on the wildcard
 * address), TCP_NODELAY, and the manager's HMAC login ({@link RmiLogin}) on every connection before
 * JRMP reads or writes a byte. A client without the run's secret reaches neither the registry nor
 * the remote object.
 *
 * <p>RMI sends this factory to clients inside every stub. What travels is the run id only: each JVM
 * of the run registers the secret under that id ({@link #forRun}), and a factory that arrives in a
 * stub finds it there. The server side remembers the port it got, so the child can report it.
 */
final class AuthenticatedSocketFactory implements RMIServerSocketFactory, RMIClientSocketFactory, Serializable {

    private static final long serialVersionUID = 2L;
    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private final String runId;
    private transient volatile int lastPort;

    private AuthenticatedSocketFactory(String runId) {
        this.runId = runId;
    }

    /** The factory of run {@code runId}, whose secret (held by this JVM from now on) is {@code secret}. */
    static AuthenticatedSocketFactory forRun(String runId, byte[] secret) {
        SECRETS.put(runId, secret.clone());
        return new AuthenticatedSocketFactory(runId);
    }

    /** This JVM is done with run {@code runId}: drop its secret. */
    static void forget(String runId) {
        SECRETS.remove(runId);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new LoginServerSocket(secret());
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        lastPort = s.getLocalPort();
        return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        try {
            s.setTcpNoDelay(true);
            RmiLogin.asClient(s, secret());
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private byte[] secret() throws IOException {
        byte[] s = SECRETS.get(runId);
        if (s == null) {
            throw new IOException("rmi: this JVM holds no secret for run " + runId + " (a stub from another run?)");
        }
        return s;
    }

    int lastPort() {
        return lastPort;
    }

    /* RMI shares one listening port among objects exported with equal factories. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticatedSocketFactory f && f.runId.equals(runId);
    }

    @Override
    public int hashCode() {
        return runId.hashCode();
    }

    /** A server socket whose accepted sockets log the client in before RMI's first read or write. */
    private static final class LoginServerSocket extends ServerSocket {
        private final byte[] secret;

        LoginServerSocket(byte[] secret) throws IOException {
            this.secret = secret;
        }

        @Override
        public Socket accept() throws IOException {
            Socket s = new RmiLogin.ServerSideSocket(secret);
            implAccept(s);
            return s;
        }
    }
}
