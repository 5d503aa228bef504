package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.MechanismRef.reuse;
import static dev.sharebench.core.workload.Mechanisms.SHARED_MEMORY_BLOCK;

import dev.sharebench.core.Family;
import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.mmap.RingStream;
import dev.sharebench.core.pipe.FrameStream;
import dev.sharebench.core.process.Placement;

/**
 * The one-way stream workload (StreamBench): the one alias-to-{@link StreamSender} mapping.
 * {@link StreamArgs#capacity()} is the buffer between the ends: the ring size for the rings (raised
 * to hold 8 messages), F_SETPIPE_SZ for pipe/fifo, SO_SNDBUF/SO_RCVBUF for uds/tcp; 0 keeps the
 * default.
 */
public final class Streams {

    public static final Factory<StreamArgs, StreamSender> FACTORY =
            Factory.<StreamArgs, StreamSender>builder("StreamSender", StreamArgs::check)
                    .register(define("mmap-spsc-ring", Family.MMAP, "our minimal SPSC byte ring over the shared mapping", SHARED_MEMORY_BLOCK),
                            Streams::ring)
                    .register(define("agrona-ring", Family.MMAP, "Agrona OneToOneRingBuffer over the shared mapping (external peer)", SHARED_MEMORY_BLOCK),
                            Streams::ring)
                    .register(reuse("pipe"), Streams::frames)
                    .register(reuse("fifo"), Streams::frames)
                    .register(reuse("uds"), Streams::frames)
                    .register(reuse("tcp"), Streams::frames)
                    .build();

    private Streams() {
    }

    /** {@code FACTORY.create(alias, new StreamArgs(payloadBytes, capacity, Placement.of(placement)))}. */
    public static StreamSender create(String alias, int payloadBytes, int capacity, String placement) {
        return FACTORY.create(alias, new StreamArgs(payloadBytes, capacity, Placement.of(placement)));
    }

    private static StreamSender ring(String alias, StreamArgs a) {
        return new RingStream(alias, a.payloadBytes(), a.capacity(), a.placement());
    }

    private static StreamSender frames(String alias, StreamArgs a) {
        return new FrameStream(alias, a.payloadBytes(), a.capacity(), a.placement());
    }
}
