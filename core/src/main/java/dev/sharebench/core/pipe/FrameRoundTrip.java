package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wire.Bytes;
import dev.sharebench.core.wire.FrameLink;
import java.io.IOException;
import java.util.List;

/** Ping-pong of an 8-byte frame over pipe, fifo, uds or tcp with a {@link FrameEchoRole} child. */
public final class FrameRoundTrip implements RoundTrip {

    private static final int MAX_FRAME = 64;
    private final String mechanism;
    private final ChildProcess child;
    private final FrameLink link;
    private final byte[] out = new byte[8];
    private final byte[] in = new byte[MAX_FRAME];

    public FrameRoundTrip(String mechanism, Placement placement) {
        this.mechanism = mechanism;
        FrameTransport t = FrameTransport.of(mechanism);
        this.child = ChildProcess.builder(FrameEchoRole.class).args(List.of(t.alias(), "0", Integer.toString(MAX_FRAME)))
                .cpu(placement.childCpu()).start();
        try {
            this.link = t.parentSide(child, 0, MAX_FRAME);
        } catch (IOException | RuntimeException e) {
            child.close();
            throw new IllegalStateException(mechanism + ": cannot connect to the echo child", e);
        }
    }

    @Override
    public long roundTrip(long value) {
        Bytes.putLong(out, 0, value);
        int len;
        child.beginWait();
        try {
            link.send(out, 0, 8);
            len = link.receive(in);
        } catch (IOException e) {
            throw child.failure(mechanism + ": round trip " + value + " failed", e);
        } finally {
            child.endWait();
        }
        long echo = Bytes.getLong(in, 0);
        if (len != 8 || echo != value) {
            throw new IllegalStateException(mechanism + ": sent " + value + ", echo was " + echo + " (" + len + " bytes)");
        }
        return echo;
    }

    /** The echo child, for lifecycle tests. */
    ChildProcess child() {
        return child;
    }

    @Override
    public String mechanism() {
        return mechanism;
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, link, child);
    }
}
