package dev.sharebench.core.manager;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Receives frames ({@code int32 length | payload}) from a channel into one heap buffer that is
 * {@link #SMALL} bytes while frames are small, and grows to exactly one frame for a larger one,
 * taking the extra bytes from a {@link BufferBudget} and giving them back once the frame is
 * consumed. So an idle connection costs {@code SMALL} bytes here, not a maximum-size frame.
 *
 * <pre>
 *   buffer (fill mode):  [ frame at the front | next frames ... | free ]
 *                        0                                   position  capacity
 * </pre>
 *
 * A frame is decoded in place ({@link #frame()} is a slice of the buffer), then {@link #consume}d.
 * The caller checks the declared length ({@link #declaredLength()}) before asking for room, so a
 * hostile length never allocates anything. Works on blocking and non-blocking channels alike.
 */
final class FrameInbox {

    /** The fixed buffer of every connection: most manager requests and replies are tens of bytes. */
    static final int SMALL = 1024;
    private final BufferBudget budget;
    private ByteBuffer buf = ByteBuffer.allocate(SMALL);
    /** Bytes of a refused frame ({@link #discardFrame()}) still to drop as they arrive. */
    private long discard;

    FrameInbox(BufferBudget budget) {
        this.budget = budget;
    }

    /** One read: what the channel has now (0 if nothing on a non-blocking channel), -1 at its end. */
    int read(ReadableByteChannel ch) throws IOException {
        int n = ch.read(buf);
        if (discard > 0 && buf.position() > 0) {
            int drop = (int) Math.min(discard, buf.position());
            discard -= drop;
            buf.flip().position(drop);
            buf.compact();
        }
        return n;
    }

    /** Whether the 4-byte header of the frame at the front is here. */
    boolean hasHeader() {
        return discard == 0 && buf.position() >= 4;
    }

    /** The length the frame at the front declares (any int: check it); requires {@link #hasHeader()}. */
    int declaredLength() {
        return buf.getInt(0);
    }

    /** Make the buffer hold a whole frame of {@code len} (checked) bytes; false if the budget says no. */
    boolean makeRoom(int len) {
        int need = 4 + len;
        if (need <= buf.capacity()) {
            return true;
        }
        if (!budget.take(need - buf.capacity())) {
            return false;
        }
        buf = ByteBuffer.allocate(need).put(buf.flip());
        return true;
    }

    /** The complete frame at the front, as a slice of the buffer; null while bytes are missing. Requires room for it. */
    ByteBuffer frame() {
        int len = declaredLength();
        return buf.position() >= 4 + len ? buf.slice(4, len) : null;
    }

    /** Remove the frame at the front; back to a small buffer when what is left fits one. */
    void consume() {
        int end = 4 + buf.getInt(0);
        buf.flip().position(end);
        if (buf.capacity() > SMALL && buf.remaining() <= SMALL) {
            budget.give(buf.capacity() - SMALL);
            buf = ByteBuffer.allocate(SMALL).put(buf);
        } else {
            buf.compact();
        }
    }

    /** Drop the incomplete frame at the front, with its bytes still to come (it was refused room). */
    void discardFrame() {
        discard = 4L + buf.getInt(0) - buf.position();
        buf.clear();
    }

    /** Give back what the buffer took from the budget (the connection is closing). */
    void release() {
        if (buf.capacity() > SMALL) {
            budget.give(buf.capacity() - SMALL);
        }
        buf = ByteBuffer.allocate(0);
    }
}
