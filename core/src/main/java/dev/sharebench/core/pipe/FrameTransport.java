package dev.sharebench.core.pipe;

import dev.sharebench.core.nativeos.Fifo;
import dev.sharebench.core.nativeos.FileDescriptors;
import dev.sharebench.core.nativeos.PipeChannel;
import dev.sharebench.core.nativeos.PipeSize;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.PeerWatch;
import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.ChannelFrameLink;
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.PollingWait;
import dev.sharebench.core.wire.StreamFrameLink;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The four kernel byte-stream transports between a parent and its child JVM, each giving a
 * {@link FrameLink} at both ends. The child side sets up its end, calls {@link ChildContext#ready},
 * then completes the connection; the parent side connects after {@code ChildProcess.start} returned.
 *
 * <ul>
 *   <li>{@code pipe}: the child's stdin (parent to child) and stdout (child to parent).</li>
 *   <li>{@code fifo}: two named pipes the child creates in its 0700 temp dir.</li>
 *   <li>{@code uds}: a Unix stream socket, file in the temp dir, unlinked once connected.</li>
 *   <li>{@code tcp}: loopback TCP with TCP_NODELAY.</li>
 * </ul>
 * {@code bufferBytes} (0 = kernel default) is the kernel buffer: F_SETPIPE_SZ for pipe and fifo
 * (set by the CHILD on its fds: fd 0/1 for pipe, the fifo fds found via /proc/self/fd for fifo; a
 * pipe's size belongs to the pipe, so both ends see it), SO_SNDBUF/SO_RCVBUF on both socket ends.
 *
 * <p>How an end waits ({@link WaitStrategy}): {@code block} reads and writes in blocking mode (Java
 * streams on the pipes, blocking socket channels); {@code busy-poll} and {@code spin-then-block} put
 * the descriptors in non-blocking mode ({@link PipeChannel} on the pipes: new non-blocking file
 * descriptions opened through {@code /proc/<pid>/fd}; {@code configureBlocking(false)} on the sockets)
 * and wait with a {@link PollingWait}. Both ends of a link wait the same way. The parent's waits give
 * up after {@code hang}; the child's end when its parent asked it to stop.
 */
public enum FrameTransport {
    PIPE("pipe"),
    FIFO("fifo"),
    UDS("uds"),
    TCP("tcp");

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);
    private static final String REQ = "sharebench-req.fifo";
    private static final String RESP = "sharebench-resp.fifo";
    private final String alias;

    FrameTransport(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    public static FrameTransport of(String alias) {
        for (FrameTransport t : values()) {
            if (t.alias.equals(alias)) {
                return t;
            }
        }
        throw new IllegalArgumentException("transport '" + alias + "' unknown (known: "
                + String.join(", ", Arrays.stream(values()).map(FrameTransport::alias).toList()) + ")");
    }

    public static boolean supports(String alias) {
        return Arrays.stream(values()).anyMatch(t -> t.alias.equals(alias));
    }

    /** Child side, blocking: set up, announce readiness, connect; returns the child's link. */
    public FrameLink childSide(ChildContext ctx, int bufferBytes, int maxFrame) throws IOException {
        return childSide(ctx, bufferBytes, maxFrame, WaitStrategy.BLOCK);
    }

    /** Child side, waiting the {@code wait} way; a polling wait ends once the parent asked the child to stop. */
    public FrameLink childSide(ChildContext ctx, int bufferBytes, int maxFrame, WaitStrategy wait) throws IOException {
        End end = new End(wait, null, () -> {
            if (ctx.stopRequested()) {
                throw new PeerClosedException(alias + " child: the parent asked it to stop while it waited");
            }
        }, alias + " child");
        boolean block = end.blocks();
        return switch (this) {
            case PIPE -> {
                if (bufferBytes > 0) {
                    PipeSize.set(0, bufferBytes);
                    PipeSize.set(1, bufferBytes);
                }
                // The polling end opens (and links its system calls) before READY: the first round trip is not a cold one.
                FrameLink link = block ? new StreamFrameLink(ctx.stdin(), ctx.stdout())
                        : polling(PipeChannel.open(ownFd(0), ownFd(1)), maxFrame, end);
                ctx.ready("");
                yield link;
            }
            case FIFO -> {
                Path req = ctx.tempDir().resolve(REQ);
                Path resp = ctx.tempDir().resolve(RESP);
                Fifo.create(req);
                Fifo.create(resp);
                ctx.ready("");
                FileInputStream in = (FileInputStream) Fifos.open(req, false, OPEN_TIMEOUT);
                FileOutputStream out = (FileOutputStream) Fifos.open(resp, true, OPEN_TIMEOUT);
                if (bufferBytes > 0) {
                    PipeSize.set(FileDescriptors.fdOf(req), bufferBytes);
                    PipeSize.set(FileDescriptors.fdOf(resp), bufferBytes);
                }
                FrameLink link = block ? new StreamFrameLink(in, out) : pollingFifo(in, req, out, resp, maxFrame, end);
                // Both ends are open: the names are no longer needed.
                Files.delete(req);
                Files.delete(resp);
                yield link;
            }
            case UDS, TCP -> {
                SocketChannel c;
                try (ServerSocketChannel server = Sockets.listen(alias, ctx.tempDir(), "sharebench-peer")) {
                    ctx.ready(Sockets.addressOf(server));
                    c = Sockets.tune(server.accept(), bufferBytes);
                    if (this == UDS) {
                        Files.delete(Path.of(Sockets.addressOf(server)));
                    }
                }
                yield block ? new ChannelFrameLink(c, maxFrame) : pollingSocket(c, maxFrame, end);
            }
        };
    }

    /** Parent side, blocking, once {@code child} is ready. */
    public FrameLink parentSide(ChildProcess child, int bufferBytes, int maxFrame) throws IOException {
        return parentSide(child, bufferBytes, maxFrame, WaitStrategy.BLOCK, null);
    }

    /**
     * Parent side, once {@code child} is ready, waiting the {@code wait} way.
     *
     * @param hang a polling wait longer than this fails (null: {@link PeerWatch#HANG}); a blocking
     *             one is bounded by the child's own hang guard
     */
    public FrameLink parentSide(ChildProcess child, int bufferBytes, int maxFrame, WaitStrategy wait, Duration hang) throws IOException {
        End end = new End(wait, hang == null ? PeerWatch.HANG : hang, PollingWait.Guard.NONE, alias + " parent");
        boolean block = end.blocks();
        return switch (this) {
            case PIPE -> block ? new StreamFrameLink(child.stdout(), child.stdin())
                    : polling(PipeChannel.open(childFd(child, 1), childFd(child, 0)), maxFrame, end);
            case FIFO -> {
                FileOutputStream out = (FileOutputStream) Fifos.open(child.tempDir().resolve(REQ), true, OPEN_TIMEOUT);
                FileInputStream in = (FileInputStream) Fifos.open(child.tempDir().resolve(RESP), false, OPEN_TIMEOUT);
                yield block ? new StreamFrameLink(in, out)
                        : pollingFifo(in, child.tempDir().resolve(RESP), out, child.tempDir().resolve(REQ), maxFrame, end);
            }
            case UDS, TCP -> {
                SocketChannel c = Sockets.tune(Sockets.connect(alias, child.readyInfo()), bufferBytes);
                yield block ? new ChannelFrameLink(c, maxFrame) : pollingSocket(c, maxFrame, end);
            }
        };
    }

    /** How one end waits: the strategy, the bound of a polling wait (null: none) and its guard, the end's name. */
    private record End(WaitStrategy strategy, Duration hang, PollingWait.Guard guard, String name) {
        End {
            if (!WaitStrategy.KERNEL_TRANSPORT.contains(strategy)) {
                throw new IllegalArgumentException("a kernel transport waits block, busy-poll or spin-then-block, not " + strategy.alias());
            }
        }

        boolean blocks() {
            return strategy == WaitStrategy.BLOCK;
        }

        PollingWait sleepingWith(PollingWait.Readiness readiness) {
            return strategy == WaitStrategy.BUSY_POLL ? PollingWait.busyPoll(hang, guard, name)
                    : PollingWait.spinThenBlock(readiness, hang, guard, name);
        }
    }

    private static FrameLink polling(PipeChannel ch, int maxFrame, End end) {
        return new ChannelFrameLink(ch, maxFrame, end.sleepingWith(ch::awaitReady));
    }

    private static FrameLink pollingSocket(SocketChannel c, int maxFrame, End end) throws IOException {
        return PollingWait.socketLink(c, maxFrame, end.strategy() == WaitStrategy.SPIN_THEN_BLOCK, end.hang(), end.guard(), end.name());
    }

    /**
     * A FIFO pair opened (the blocking open is the rendezvous with the peer), reopened non-blocking
     * through {@code /proc/self/fd}; the blocking streams are closed, the pipes stay open through ours.
     */
    private static FrameLink pollingFifo(FileInputStream in, Path inPath, FileOutputStream out, Path outPath, int maxFrame, End end)
            throws IOException {
        try (in; out) {
            return polling(PipeChannel.open(ownFd(FileDescriptors.fdOf(inPath)), ownFd(FileDescriptors.fdOf(outPath))), maxFrame, end);
        }
    }

    private static Path ownFd(int fd) {
        return Path.of("/proc/self/fd/" + fd);
    }

    /** The pipe behind the child's fd 0 (its stdin) or 1 (its stdout), to open a second end of our own. */
    private static Path childFd(ChildProcess child, int fd) {
        return Path.of("/proc/" + child.pid() + "/fd/" + fd);
    }
}
