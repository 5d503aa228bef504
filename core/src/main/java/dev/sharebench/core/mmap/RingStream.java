package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.contract.StreamSinkReport;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.PeerWatch;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.Payloads;
import java.time.Duration;
import java.util.List;

/** Parent side of a ring stream (mmap-spsc-ring or agrona-ring) into a {@link RingSinkRole} child. */
public final class RingStream implements StreamSender {

    private final String mechanism;
    private final SharedMapping map;
    private final ChildProcess child;
    private final ByteRing ring;
    private final byte[] payload;
    private final PeerWatch watch;

    public RingStream(String mechanism, int payloadBytes, int requestedCapacity, Placement placement) {
        this.mechanism = mechanism;
        long contentSeed = Payloads.newContentSeed();
        this.payload = Payloads.content(payloadBytes, contentSeed);
        int capacity = RingLayout.capacityFor(requestedCapacity, payloadBytes);
        this.map = SharedMapping.create(TempFiles.sharedMemoryDir(), "ring", RingLayout.mappingBytes(capacity), RingLayout.VERSION);
        try {
            this.ring = ByteRing.of(mechanism, map, capacity);
            this.child = ChildProcess.builder(RingSinkRole.class)
                    .args(List.of(map.path().toString(), mechanism, Integer.toString(capacity), Integer.toString(payloadBytes),
                            Long.toString(contentSeed)))
                    .deleteOnParentDeath(map.path())
                    .cpu(placement.childCpu()).start();
        } catch (RuntimeException | Error e) { // e.g. IllegalAccessError: Agrona without --add-exports
            map.close();
            throw e;
        }
        this.watch = new PeerWatch(child, mechanism, "space in the ring");
    }

    @Override
    public void send(long seq) {
        Payloads.stamp(payload, payload.length, seq);
        offer(payload.length);
    }

    /** Offers {@code len} bytes of the payload; while the ring is full, yields and watches the consumer. */
    private void offer(int len) {
        if (ring.offer(payload, len)) {
            return;
        }
        watch.start();
        int idle = 0;
        do {
            WaitStrategy.YIELD.idle(++idle);
            if ((idle & 0x3FF) == 0) {
                watch.check();
            }
        } while (!ring.offer(payload, len));
    }

    @Override
    public long finish(long sent) {
        offer(0);
        return StreamSinkReport.verify(mechanism, child.awaitReport(Duration.ofSeconds(30)), sent);
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, child, map);
    }
}
