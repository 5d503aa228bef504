package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.contract.StreamSinkReport;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.Payloads;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** One-way stream over pipe, fifo, uds or tcp into a {@link FrameSinkRole} child. */
public final class FrameStream implements StreamSender {

    private final String mechanism;
    private final ChildProcess child;
    private final FrameLink link;
    private final byte[] payload;

    public FrameStream(String mechanism, int payloadBytes, int capacity, Placement placement) {
        this.mechanism = mechanism;
        long contentSeed = Payloads.newContentSeed();
        this.payload = Payloads.content(payloadBytes, contentSeed);
        FrameTransport t = FrameTransport.of(mechanism);
        this.child = ChildProcess.builder(FrameSinkRole.class)
                .args(List.of(t.alias(), Integer.toString(capacity), Integer.toString(payloadBytes), Long.toString(contentSeed)))
                .cpu(placement.childCpu()).start();
        try {
            this.link = t.parentSide(child, capacity, payloadBytes);
        } catch (IOException | RuntimeException e) {
            child.close();
            throw new IllegalStateException(mechanism + ": cannot connect to the sink child", e);
        }
    }

    @Override
    public void send(long seq) {
        Payloads.stamp(payload, payload.length, seq);
        child.beginWait();
        try {
            link.send(payload, 0, payload.length);
        } catch (IOException e) {
            throw child.failure(mechanism + ": sending message " + seq + " failed", e);
        } finally {
            child.endWait();
        }
    }

    @Override
    public long finish(long sent) {
        try {
            link.send(payload, 0, 0);
        } catch (IOException e) {
            throw child.failure(mechanism + ": sending the end marker failed", e);
        }
        return StreamSinkReport.verify(mechanism, child.awaitReport(Duration.ofSeconds(30)), sent);
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, link, child);
    }
}
