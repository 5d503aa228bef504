package dev.sharebench.core.manager;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The manager's wire protocol. After connecting, and before any call:
 *
 * <pre>
 *   server -> client : 1 (ready) | nonce (32 random bytes)
 *                   or 2 (refused) | u16 length | UTF-8 reason      -- then the server closes
 *   client -> server : codec id (1 byte) | HMAC-SHA256(secret, nonce | codec id) (32 bytes)
 *   server -> client : 1 (accepted)      -- or the server closes the connection
 * </pre>
 *
 * The server refuses a connection beyond its connection cap, and closes one whose login is not
 * complete by its login deadline ({@link ServerLimits}). Then request and reply frames, each
 * {@code int32 length | payload} with length <= {@link #MAX_FRAME} (a larger declared length closes
 * the connection before anything is allocated). A reply payload is
 * {@code status (0 ok, 1 error) | value or UTF-8 message}. The secret is per run (32 random bytes),
 * handed to the server child through its stdin, never on a command line. The HMAC challenge is
 * also what the rmi row's sockets perform before JRMP sees them.
 */
public final class ManagerProtocol {

    public static final int MAX_FRAME = 1 << 20;
    public static final int SECRET_BYTES = 32;
    public static final int NONCE_BYTES = 32;
    public static final int PROOF_BYTES = 32;
    static final byte HELLO_READY = 1;
    static final byte HELLO_REFUSED = 2;
    static final byte ACCEPTED = 1;
    static final byte OK = 0;
    static final byte ERROR = 1;
    /** Error messages are cut to this many characters: a hostile name cannot make a 1 MiB reply. */
    static final int MAX_MESSAGE_CHARS = 2000;

    private ManagerProtocol() {
    }

    public static byte[] newSecret() {
        byte[] s = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(s);
        return s;
    }

    public static byte[] newNonce() {
        byte[] n = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(n);
        return n;
    }

    /** HMAC-SHA256 over the nonce and one byte of context (the manager's codec id). */
    public static byte[] proof(byte[] secret, byte[] nonce, byte context) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(nonce);
            mac.update(context);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of the client's proof with the expected one. */
    public static boolean verify(byte[] secret, byte[] nonce, byte context, byte[] proof) {
        return MessageDigest.isEqual(proof(secret, nonce, context), proof);
    }

    /** The server's first bytes on a connection it takes. */
    static ByteBuffer readyHello(byte[] nonce) {
        return ByteBuffer.allocate(1 + NONCE_BYTES).put(HELLO_READY).put(nonce).flip();
    }

    /** The server's only bytes on a connection it refuses. */
    static ByteBuffer refusedHello(String reason) {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(3 + r.length).put(HELLO_REFUSED).putShort((short) r.length).put(r).flip();
    }

    /** Client side of the login on a blocking channel; throws with the server's reason if it refused. */
    static void login(ByteChannel ch, byte[] secret, Codec codec) throws IOException {
        ByteBuffer status = readFully(ch, ByteBuffer.allocate(1), "the server's hello");
        if (status.get(0) == HELLO_REFUSED) {
            ByteBuffer len = readFully(ch, ByteBuffer.allocate(2), "the server's reason for refusing");
            ByteBuffer reason = readFully(ch, ByteBuffer.allocate(Short.toUnsignedInt(len.getShort(0))), "the server's reason for refusing");
            throw new IOException("the manager refused the connection: " + new String(reason.array(), StandardCharsets.UTF_8));
        }
        if (status.get(0) != HELLO_READY) {
            throw new IOException("the manager's hello starts with " + status.get(0) + ", not " + HELLO_READY + " (not a manager?)");
        }
        byte[] nonce = readFully(ch, ByteBuffer.allocate(NONCE_BYTES), "the login nonce").array();
        writeFully(ch, ByteBuffer.allocate(1 + PROOF_BYTES).put(codec.id()).put(proof(secret, nonce, codec.id())).flip());
        ByteBuffer accepted = readFully(ch, ByteBuffer.allocate(1), "the login's answer (a closed connection here means a wrong secret)");
        if (accepted.get(0) != ACCEPTED) {
            throw new IOException("server did not accept the login");
        }
    }

    static ByteBuffer readFully(ByteChannel ch, ByteBuffer b, String what) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new EOFException("connection closed while reading " + what);
            }
        }
        return b;
    }

    static void writeFully(ByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** An error message for a reply, cut to {@link #MAX_MESSAGE_CHARS}. */
    static String clip(String message) {
        String m = String.valueOf(message);
        return m.length() <= MAX_MESSAGE_CHARS ? m : m.substring(0, MAX_MESSAGE_CHARS) + "... (" + m.length() + " characters)";
    }
}
