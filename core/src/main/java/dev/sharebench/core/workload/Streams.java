package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.mmap.RingStream;
import dev.sharebench.core.pipe.FrameStream;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wire.Payloads;
import java.util.List;

/**
 * The one alias -> implementation mapping of the stream contract. {@code capacity} is the buffer
 * between the ends: the ring size for the rings (raised to hold 8 messages), F_SETPIPE_SZ for
 * pipe/fifo, SO_SNDBUF/SO_RCVBUF for uds/tcp; 0 keeps the kernel default.
 */
public final class Streams {

    public static final List<String> SUPPORTED = List.of("agrona-ring", "mmap-spsc-ring", "pipe", "fifo", "uds", "tcp");

    private Streams() {
    }

    public static StreamSender open(String mechanism, int payloadBytes, int capacity, String placement) {
        Mechanisms.get(mechanism);
        Payloads.checkSize(payloadBytes);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0 (0 = default), got " + capacity);
        }
        Placement where = Placement.of(placement);
        return switch (mechanism) {
            case "agrona-ring", "mmap-spsc-ring" -> new RingStream(mechanism, payloadBytes, capacity, where);
            case "pipe", "fifo", "uds", "tcp" -> new FrameStream(mechanism, payloadBytes, capacity, where);
            default -> throw new UnknownMechanismException(mechanism, "stream", SUPPORTED);
        };
    }
}
