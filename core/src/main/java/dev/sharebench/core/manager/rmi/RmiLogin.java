package dev.sharebench.core.manager.rmi;

import dev.sharebench.core.manager.ManagerProtocol;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * The manager's HMAC challenge on a plain {@link Socket}, for RMI:
 *
 * <pre>
 *   server -> client : nonce (32 random bytes)
 *   client -> server : 'R' | HMAC-SHA256(secret, nonce | 'R')   (33 bytes)
 *   server -> client : 1 (accepted)   -- or the server closes the socket
 * </pre>
 *
 * Each side allows {@link #DEADLINE_MILLIS} for it. The server side runs on RMI's connection thread
 * (the first time RMI asks the accepted socket for a stream), not on its accept thread, so a client
 * that never answers holds one thread for the deadline and delays no other client.
 */
final class RmiLogin {

    static final int DEADLINE_MILLIS = 5000;
    private static final byte CONTEXT = 'R';

    private RmiLogin() {
    }

    static void asClient(Socket s, byte[] secret) throws IOException {
        withDeadline(s, () -> {
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] nonce = new byte[ManagerProtocol.NONCE_BYTES];
            in.readFully(nonce);
            OutputStream out = s.getOutputStream();
            out.write(CONTEXT);
            out.write(ManagerProtocol.proof(secret, nonce, CONTEXT));
            out.flush();
            if (in.read() != 1) {
                throw new IOException("rmi: the server refused the login (wrong secret?)");
            }
        });
    }

    private static void asServer(Socket s, InputStream rawIn, OutputStream rawOut, byte[] secret) throws IOException {
        withDeadline(s, () -> {
            byte[] nonce = ManagerProtocol.newNonce();
            rawOut.write(nonce);
            rawOut.flush();
            byte[] answer = new byte[1 + ManagerProtocol.PROOF_BYTES];
            new DataInputStream(rawIn).readFully(answer);
            byte[] proof = Arrays.copyOfRange(answer, 1, answer.length);
            if (answer[0] != CONTEXT || !ManagerProtocol.verify(secret, nonce, CONTEXT, proof)) {
                throw new IOException("rmi: rejected a client without the run's secret");
            }
            rawOut.write(1);
            rawOut.flush();
        });
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void withDeadline(Socket s, Step step) throws IOException {
        int before = s.getSoTimeout();
        s.setSoTimeout(DEADLINE_MILLIS);
        try {
            step.run();
        } catch (SocketTimeoutException e) {
            throw new IOException("rmi: no login within " + DEADLINE_MILLIS + " ms", e);
        }
        s.setSoTimeout(before);
    }

    /**
     * An accepted socket that runs the server side of the login the first time RMI asks it for a
     * stream; a client that fails it gets a closed socket, and RMI an IOException for that connection.
     */
    static final class ServerSideSocket extends Socket {
        private final byte[] secret;
        private boolean loggedIn;

        ServerSideSocket(byte[] secret) {
            this.secret = secret;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            login();
            return super.getInputStream();
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            login();
            return super.getOutputStream();
        }

        private synchronized void login() throws IOException {
            if (loggedIn) {
                return;
            }
            try {
                asServer(this, super.getInputStream(), super.getOutputStream(), secret);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
            loggedIn = true;
        }
    }
}
