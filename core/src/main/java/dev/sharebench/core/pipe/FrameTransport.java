package dev.sharebench.core.pipe;

import dev.sharebench.core.nativeos.Fifo;
import dev.sharebench.core.nativeos.FileDescriptors;
import dev.sharebench.core.nativeos.PipeSize;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.socket.Sockets;
import dev.sharebench.core.wire.ChannelFrameLink;
import dev.sharebench.core.wire.FrameLink;
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
 */
public enum FrameTransport {
    PIPE("pipe"),
    FIFO("fifo"),
    UDS("uds"),
    TCP("tcp");

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);
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

    /** Child side: set up, announce readiness, connect; returns the child's link. */
    public FrameLink childSide(ChildContext ctx, int bufferBytes, int maxFrame) throws IOException {
        return switch (this) {
            case PIPE -> {
                if (bufferBytes > 0) {
                    PipeSize.set(0, bufferBytes);
                    PipeSize.set(1, bufferBytes);
                }
                ctx.ready("");
                yield new StreamFrameLink(ctx.stdin(), ctx.stdout());
            }
            case FIFO -> {
                Path req = ctx.tempDir().resolve("sharebench-req.fifo");
                Path resp = ctx.tempDir().resolve("sharebench-resp.fifo");
                Fifo.create(req);
                Fifo.create(resp);
                ctx.ready("");
                FileInputStream in = (FileInputStream) Fifos.open(req, false, OPEN_TIMEOUT);
                FileOutputStream out = (FileOutputStream) Fifos.open(resp, true, OPEN_TIMEOUT);
                if (bufferBytes > 0) {
                    PipeSize.set(FileDescriptors.fdOf(req), bufferBytes);
                    PipeSize.set(FileDescriptors.fdOf(resp), bufferBytes);
                }
                // Both ends are open: the names are no longer needed.
                Files.delete(req);
                Files.delete(resp);
                yield new StreamFrameLink(in, out);
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
                yield new ChannelFrameLink(c, maxFrame);
            }
        };
    }

    /** Parent side, once {@code child} is ready. */
    public FrameLink parentSide(ChildProcess child, int bufferBytes, int maxFrame) throws IOException {
        return switch (this) {
            case PIPE -> new StreamFrameLink(child.stdout(), child.stdin());
            case FIFO -> {
                FileOutputStream out = (FileOutputStream) Fifos.open(child.tempDir().resolve("sharebench-req.fifo"), true, OPEN_TIMEOUT);
                FileInputStream in = (FileInputStream) Fifos.open(child.tempDir().resolve("sharebench-resp.fifo"), false, OPEN_TIMEOUT);
                yield new StreamFrameLink(in, out);
            }
            case UDS, TCP -> new ChannelFrameLink(Sockets.tune(Sockets.connect(alias, child.readyInfo()), bufferBytes), maxFrame);
        };
    }
}
