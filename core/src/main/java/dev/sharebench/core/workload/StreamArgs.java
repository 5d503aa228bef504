package dev.sharebench.core.workload;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wire.Payloads;
import java.util.Objects;

/**
 * Creation arguments of a {@code StreamSender}.
 *
 * @param payloadBytes bytes per message (>= {@link Payloads#MIN_BYTES}: the stamps need room)
 * @param capacity     the buffer between the ends (>= 0, 0 = the default): the ring size for the
 *                     rings (raised to hold 8 messages), F_SETPIPE_SZ for pipe/fifo, SO_SNDBUF and
 *                     SO_RCVBUF for uds/tcp
 * @param placement    where the child (the consumer) runs
 */
public record StreamArgs(int payloadBytes, int capacity, Placement placement) {

    public StreamArgs {
        Objects.requireNonNull(placement, "placement");
    }

    void check(String alias) {
        Factory.require(payloadBytes >= Payloads.MIN_BYTES, alias,
                "payloadBytes must be >= " + Payloads.MIN_BYTES + ", got " + payloadBytes);
        Factory.require(capacity >= 0, alias, "capacity must be >= 0 (0 = default), got " + capacity);
    }
}
