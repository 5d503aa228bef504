package dev.sharebench.core.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * Frames over a {@link ByteChannel} (Unix and TCP sockets, or non-blocking pipes), through two
 * direct buffers allocated once. Over a non-blocking channel, a read or write that moves no byte
 * hands control to the link's {@link ChannelWait} (spin, or sleep until ready) and then tries again. Sending: header and payload go out in one {@code write}, so TCP never holds half a
 * message for Nagle. Receiving: each {@code read} takes whatever the kernel has (up to the buffer),
 * so a small frame costs one syscall, not one for the header and one for the payload; bytes of the
 * next frame stay buffered. (A heap ByteBuffer would be copied into a temporary direct one by NIO.)
 */
public final class ChannelFrameLink implements FrameLink {

    private final ByteChannel channel;
    private final ChannelWait wait;
    private final ByteBuffer sendBuf;
    /** Fill mode: bytes [readPos, position) are received and not yet consumed. */
    private final ByteBuffer recvBuf;
    private int readPos;

    /** Over a blocking channel. */
    public ChannelFrameLink(ByteChannel channel, int maxFrame) {
        this(channel, maxFrame, ChannelWait.NEVER);
    }

    /** Over a non-blocking channel: {@code wait} decides what happens while it has nothing to give. */
    public ChannelFrameLink(ByteChannel channel, int maxFrame, ChannelWait wait) {
        this.channel = channel;
        this.wait = wait;
        this.sendBuf = ByteBuffer.allocateDirect(4 + maxFrame);
        this.recvBuf = ByteBuffer.allocateDirect(4 + maxFrame);
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        FrameLink.checkLength(len, sendBuf.capacity() - 4, "channel frame to send");
        sendBuf.clear();
        sendBuf.putInt(len).put(buf, off, len).flip();
        int attempts = 0;
        while (sendBuf.hasRemaining()) {
            if (channel.write(sendBuf) == 0) {
                wait.idle(true, ++attempts);
            }
        }
    }

    @Override
    public int receive(byte[] buf) throws IOException {
        ensure(4, true);
        int len = recvBuf.getInt(readPos);
        FrameLink.checkLength(len, Math.min(buf.length, recvBuf.capacity() - 4), "channel frame");
        ensure(4 + len, false);
        recvBuf.get(readPos + 4, buf, 0, len);
        readPos += 4 + len;
        if (readPos == recvBuf.position()) {
            recvBuf.clear();
            readPos = 0;
        }
        return len;
    }

    /** Make at least {@code n} unconsumed bytes available, compacting when the frame would not fit. */
    private void ensure(int n, boolean atFrameStart) throws IOException {
        int attempts = 0;
        while (recvBuf.position() - readPos < n) {
            if (readPos + n > recvBuf.capacity()) {
                recvBuf.flip().position(readPos);
                recvBuf.compact();
                readPos = 0;
            }
            int got = channel.read(recvBuf);
            if (got == 0) {
                wait.idle(false, ++attempts);
            } else if (got < 0) {
                int have = recvBuf.position() - readPos;
                if (atFrameStart && have == 0) {
                    throw new PeerClosedException("channel closed by the peer between frames");
                }
                throw new EOFException("channel ended with " + have + " of " + n + " bytes of a frame (peer closed or died)");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            wait.close();
        }
    }
}
