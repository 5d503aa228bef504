package dev.sharebench.core.wire;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Frames over an InputStream/OutputStream pair (pipes and FIFOs). Frames up to
 * {@value #COALESCE_LIMIT} bytes are copied behind their header into one buffer and written with
 * one {@code write}; larger ones are written as header + payload (the copy would cost more than the
 * extra syscall).
 */
public final class StreamFrameLink implements FrameLink {

    static final int COALESCE_LIMIT = 64 * 1024;

    private final InputStream in;
    private final OutputStream out;
    private final byte[] header = new byte[4];
    private final byte[] sendBuf = new byte[4 + COALESCE_LIMIT];

    /**
     * @param in  read through a 64 KiB BufferedInputStream unless it already is one, so that a small
     *            frame costs one read syscall (header and payload together); large reads bypass it
     */
    public StreamFrameLink(InputStream in, OutputStream out) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, COALESCE_LIMIT);
        this.out = out;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (len <= COALESCE_LIMIT) {
            putInt(sendBuf, len);
            System.arraycopy(buf, off, sendBuf, 4, len);
            out.write(sendBuf, 0, 4 + len);
        } else {
            putInt(header, len);
            out.write(header, 0, 4);
            out.write(buf, off, len);
        }
        out.flush();
    }

    @Override
    public int receive(byte[] buf) throws IOException {
        readFully(header, 4);
        int len = ((header[0] & 0xFF) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        FrameLink.checkLength(len, buf.length, "stream frame");
        readFully(buf, len);
        return len;
    }

    private void readFully(byte[] b, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int r = in.read(b, n, len - n);
            if (r < 0) {
                if (n == 0 && b == header) {
                    throw new PeerClosedException("stream closed by the peer between frames");
                }
                throw new EOFException("stream ended after " + n + " of " + len + " bytes (peer closed or died)");
            }
            n += r;
        }
    }

    private static void putInt(byte[] b, int v) {
        b[0] = (byte) (v >>> 24);
        b[1] = (byte) (v >>> 16);
        b[2] = (byte) (v >>> 8);
        b[3] = (byte) v;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            in.close();
        }
    }
}
