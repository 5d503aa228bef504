package dev.sharebench.core.nativeos;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Path;

/**
 * A NON-BLOCKING {@link ByteChannel} over two pipe ends (two pipes, or two FIFOs): it reads from
 * one and writes to the other with {@code O_NONBLOCK}, so a read that finds nothing returns 0
 * instead of sleeping in the kernel, which Java's streams on a pipe cannot do. {@link #awaitReady}
 * sleeps in {@code poll(2)} until an end is ready, for the waits that block after spinning.
 *
 * <p>Each end is opened from a path: a FIFO, or {@code /proc/<pid>/fd/<n>}, which opens a NEW file
 * description on the pipe behind descriptor {@code n} of that process. That is how a parent gets
 * non-blocking ends on its child's stdin and stdout that the JDK's own {@code Process} streams know
 * nothing about (the JDK's descriptors stay blocking, and the JDK may close them when the child
 * exits without closing ours), and how a child gets them on its fds 0 and 1.
 *
 * <p>Direct buffers only (the kernel reads and writes their memory in place). One reading and one
 * writing thread at most: each direction has its own errno and pollfd buffers.
 */
public final class PipeChannel implements ByteChannel {

    private static final int O_WRONLY = 1;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final short POLLIN = 0x1;
    private static final short POLLOUT = 0x4;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int EPIPE = 32;
    private static final long WOULD_BLOCK = -1;

    private final Arena arena = Arena.ofShared();
    private final int readFd;
    private final int writeFd;
    private final String name;
    private final Direction in;
    private final Direction out;
    private volatile boolean open = true;

    /** The per-direction native buffers: errno capture, one pollfd, and the last buffer's base address. */
    private final class Direction {
        final MemorySegment callState = Libc.callState(arena);
        final MemorySegment pollFd = arena.allocate(8, 4);   // struct pollfd { int fd; short events; short revents; }
        ByteBuffer lastBuffer;
        long lastBase;

        Direction(int fd, short events) {
            pollFd.set(ValueLayout.JAVA_INT, 0, fd);
            pollFd.set(ValueLayout.JAVA_SHORT, 4, events);
        }

        /** The native address of {@code b}'s first byte, cached: the link passes the same buffer each time. */
        long base(ByteBuffer b) {
            if (b != lastBuffer) {
                if (!b.isDirect()) {
                    throw new IllegalArgumentException(name + ": PipeChannel needs a direct ByteBuffer");
                }
                lastBase = MemorySegment.ofBuffer(b.duplicate().clear()).address();
                lastBuffer = b;
            }
            return lastBase;
        }
    }

    private PipeChannel(int readFd, int writeFd, String name) {
        this.readFd = readFd;
        this.writeFd = writeFd;
        this.name = name;
        this.in = new Direction(readFd, POLLIN);
        this.out = new Direction(writeFd, POLLOUT);
    }

    /**
     * Opens {@code readEnd} for reading and {@code writeEnd} for writing, both non-blocking. A
     * write end opens only while the pipe has a reader (ENXIO otherwise): open it when the peer's
     * end exists, e.g. on {@code /proc/<child>/fd/0} of a running child.
     */
    public static PipeChannel open(Path readEnd, Path writeEnd) throws IOException {
        Libc.requireAvailable("open(O_NONBLOCK)");
        int r = openFd(readEnd, 0);
        int w;
        try {
            w = openFd(writeEnd, O_WRONLY);
        } catch (IOException | RuntimeException e) {
            closeFd(r);
            throw e;
        }
        return new PipeChannel(r, w, readEnd + " -> " + writeEnd);
    }

    /**
     * Reads what the pipe holds, up to {@code dst.remaining()} bytes.
     *
     * @return the bytes read, 0 if the pipe is empty now, -1 at end of stream (every writer closed)
     */
    @Override
    public int read(ByteBuffer dst) throws IOException {
        long n = move(Libc.READ, in, readFd, dst, "read");
        if (n == 0 && dst.hasRemaining()) {
            return -1; // read(2) returns 0 only at end of stream (or when asked for 0 bytes)
        }
        return n == WOULD_BLOCK ? 0 : (int) n;
    }

    /** Writes what the pipe has room for; returns the bytes written, 0 if the pipe is full now. */
    @Override
    public int write(ByteBuffer src) throws IOException {
        long n = move(Libc.WRITE, out, writeFd, src, "write");
        return n == WOULD_BLOCK ? 0 : (int) n;
    }

    /**
     * Sleeps in {@code poll(2)} until the read end has data (or end of stream), or the write end has
     * room, or {@code timeoutMillis} passed.
     *
     * @return whether the end is ready (false after a timeout or a signal)
     */
    public boolean awaitReady(boolean forWrite, int timeoutMillis) throws IOException {
        ensureOpen();
        Direction d = forWrite ? out : in;
        int r;
        try {
            r = (int) Libc.POLL.invokeExact(d.callState, d.pollFd, 1L, timeoutMillis);
        } catch (Throwable t) {
            throw new IllegalStateException("poll downcall failed", t);
        }
        if (r < 0 && Libc.errno(d.callState) != EINTR) {
            throw new IOException(name + ": poll failed, errno " + Libc.errno(d.callState));
        }
        return r > 0;
    }

    /** A read or write between {@code b}'s position and limit: bytes moved (position advanced), or {@link #WOULD_BLOCK}. */
    private long move(MethodHandle call, Direction d, int fd, ByteBuffer b, String what) throws IOException {
        ensureOpen();
        int pos = b.position();
        long address = d.base(b) + pos;
        while (true) {
            long n;
            try {
                n = (long) call.invokeExact(d.callState, fd, address, (long) (b.limit() - pos));
            } catch (Throwable t) {
                throw new IllegalStateException(what + " downcall failed", t);
            }
            if (n >= 0) {
                b.position(pos + (int) n);
                return n;
            }
            int errno = Libc.errno(d.callState);
            if (errno == EAGAIN) {
                return WOULD_BLOCK;
            }
            if (errno != EINTR) { // a signal interrupted the call: try again
                throw what.equals("write") && errno == EPIPE
                        ? new EOFException(name + ": write to a pipe without a reader (EPIPE: the peer closed or died)")
                        : new IOException(name + ": " + what + " failed, errno " + errno);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            closeFd(readFd);
            closeFd(writeFd);
        } finally {
            arena.close();
        }
    }

    @Override
    public String toString() {
        return "PipeChannel[" + name + "]";
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }

    private static int openFd(Path path, int mode) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(a);
            int fd = (int) Libc.OPEN.invokeExact(state, a.allocateFrom(path.toString()), mode | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0) {
                int errno = Libc.errno(state);
                throw new IOException("cannot open " + path + (mode == O_WRONLY ? " for writing" : " for reading")
                        + " (non-blocking), errno " + errno + (errno == 6 ? " (ENXIO: the pipe has no reader)" : ""));
            }
            return fd;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("open downcall failed", t);
        }
    }

    private static void closeFd(int fd) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(a);
            if ((int) Libc.CLOSE.invokeExact(state, fd) != 0) {
                throw new IOException("close(" + fd + ") failed, errno " + Libc.errno(state));
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("close downcall failed", t);
        }
    }
}
