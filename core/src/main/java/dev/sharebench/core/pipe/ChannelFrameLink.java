package dev.sharebench.core.pipe;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * Frames over a blocking {@link ByteChannel} (Unix and TCP sockets), through two direct buffers
 * allocated once: header and payload go out in one {@code write}, so TCP never holds half a
 * message for Nagle. (A heap ByteBuffer would be copied into a temporary direct one by NIO anyway.)
 */
public final class ChannelFrameLink implements FrameLink {

    private final ByteChannel channel;
    private final ByteBuffer sendBuf;
    private final ByteBuffer recvBuf;

    public ChannelFrameLink(ByteChannel channel, int maxFrame) {
        this.channel = channel;
        this.sendBuf = ByteBuffer.allocateDirect(4 + maxFrame);
        this.recvBuf = ByteBuffer.allocateDirect(4 + maxFrame);
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        FrameLink.checkLength(len, sendBuf.capacity() - 4, "channel frame to send");
        sendBuf.clear();
        sendBuf.putInt(len).put(buf, off, len).flip();
        while (sendBuf.hasRemaining()) {
            channel.write(sendBuf);
        }
    }

    @Override
    public int receive(byte[] buf) throws IOException {
        recvBuf.clear().limit(4);
        readFully();
        int len = recvBuf.getInt(0);
        FrameLink.checkLength(len, Math.min(buf.length, recvBuf.capacity() - 4), "channel frame");
        recvBuf.clear().limit(len);
        readFully();
        recvBuf.flip();
        recvBuf.get(buf, 0, len);
        return len;
    }

    private void readFully() throws IOException {
        while (recvBuf.hasRemaining()) {
            if (channel.read(recvBuf) < 0) {
                if (recvBuf.position() == 0 && recvBuf.limit() == 4) {
                    throw new PeerClosedException("socket closed by the peer between frames");
                }
                throw new EOFException("socket ended after " + recvBuf.position() + " of " + recvBuf.limit() + " bytes (peer closed or died)");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
