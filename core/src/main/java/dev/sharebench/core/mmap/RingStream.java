package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.contract.StreamSinkReport;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.Payloads;
import java.time.Duration;
import java.util.List;

/** Parent side of a ring stream (mmap-spsc-ring or agrona-ring) into a {@link RingSinkRole} child. */
public final class RingStream implements StreamSender {

    private static final long HANG_NANOS = 20_000_000_000L;
    private final String mechanism;
    private final SharedMapping map;
    private final ChildProcess child;
    private final ByteRing ring;
    private final byte[] payload;

    public RingStream(String mechanism, int payloadBytes, int requestedCapacity, Placement placement) {
        this.mechanism = mechanism;
        this.payload = new byte[payloadBytes];
        int capacity = RingLayout.capacityFor(requestedCapacity, payloadBytes);
        this.map = SharedMapping.create(TempFiles.sharedMemoryDir(), "ring", RingLayout.mappingBytes(capacity), RingLayout.VERSION);
        try {
            this.ring = ByteRing.of(mechanism, map, capacity);
            this.child = ChildProcess.builder(RingSinkRole.class)
                    .args(List.of(map.path().toString(), mechanism, Integer.toString(capacity), Integer.toString(payloadBytes)))
                    .deleteOnParentDeath(map.path())
                    .cpu(placement.childCpu()).start();
        } catch (RuntimeException | Error e) { // e.g. IllegalAccessError: Agrona without --add-exports
            map.close();
            throw e;
        }
    }

    @Override
    public void send(long seq) {
        Payloads.stamp(payload, payload.length, seq);
        offer(payload.length, seq);
    }

    private void offer(int len, long seq) {
        int idle = 0;
        long since = 0;
        while (!ring.offer(payload, len)) {
            WaitStrategy.YIELD.idle(++idle);
            if ((idle & 0x3FF) == 0) {
                if (!child.isAlive()) {
                    throw child.failure(mechanism + ": consumer died while message " + seq + " waited for space", null);
                }
                long now = System.nanoTime();
                if (since == 0) {
                    since = now;
                } else if (now - since > HANG_NANOS) {
                    throw child.failure(mechanism + ": ring full for " + HANG_NANOS / 1_000_000 + " ms (consumer hung?)", null);
                }
            }
        }
    }

    @Override
    public long finish(long sent) {
        offer(0, -1);
        return StreamSinkReport.verify(mechanism, child.awaitReport(Duration.ofSeconds(30)), sent);
    }

    @Override
    public void close() {
        try {
            child.close();
        } finally {
            map.close();
        }
    }
}
