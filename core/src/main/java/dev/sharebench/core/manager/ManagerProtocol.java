package dev.sharebench.core.manager;

import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelFrameLink;
import dev.sharebench.core.wire.PollingWait;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The manager's wire protocol. After connecting, and before any call:
 *
 * <pre>
 *   server -> client : nonce (32 random bytes)
 *   client -> server : codec id (1 byte) | HMAC-SHA256(secret, nonce | codec id) (32 bytes)
 *   server -> client : 1 (accepted)      -- or the server closes the connection
 * </pre>
 *
 * Then request and reply frames, each {@code int32 length | payload} with length <= {@link #MAX_FRAME}
 * (a larger declared length closes the connection before anything is allocated). A reply payload is
 * {@code status (0 ok, 1 error) | value or UTF-8 message}. The secret is per run (32 random bytes),
 * handed to the server child through its stdin, never on a command line.
 */
public final class ManagerProtocol {

    public static final int MAX_FRAME = 1 << 20;
    public static final int SECRET_BYTES = 32;
    static final int NONCE_BYTES = 32;
    static final byte ACCEPTED = 1;
    static final byte OK = 0;
    static final byte ERROR = 1;

    private ManagerProtocol() {
    }

    public static byte[] newSecret() {
        byte[] s = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(s);
        return s;
    }

    static byte[] newNonce() {
        byte[] n = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(n);
        return n;
    }

    static byte[] proof(byte[] secret, byte[] nonce, byte codecId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(nonce);
            mac.update(codecId);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of the client's proof with the expected one. */
    static boolean verify(byte[] secret, byte[] nonce, byte codecId, byte[] proof) {
        return MessageDigest.isEqual(proof(secret, nonce, codecId), proof);
    }

    /** {@code wait} if an end of the manager can wait so: block, busy-poll or spin-then-block. */
    static WaitStrategy checkWait(WaitStrategy wait) {
        if (!WaitStrategy.KERNEL_TRANSPORT.contains(wait)) {
            throw new IllegalArgumentException("a manager end waits block, busy-poll or spin-then-block, not " + wait.alias());
        }
        return wait;
    }

    /**
     * The frame link of an authenticated connection, waiting the {@code wait} way: blocking reads,
     * or the socket switched to non-blocking mode and polled ({@link PollingWait}, bounded by
     * {@code hang}; null: no bound).
     */
    static ChannelFrameLink link(SocketChannel c, WaitStrategy wait, Duration hang, String what) throws IOException {
        return checkWait(wait) == WaitStrategy.BLOCK ? new ChannelFrameLink(c, MAX_FRAME)
                : PollingWait.socketLink(c, MAX_FRAME, wait == WaitStrategy.SPIN_THEN_BLOCK, hang, PollingWait.Guard.NONE, what);
    }

    static void readFully(ByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new EOFException("connection closed during the handshake");
            }
        }
    }

    static void writeFully(ByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
