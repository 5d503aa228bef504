package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.Bytes;
import dev.sharebench.core.wire.FrameLink;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Ping-pong of an 8-byte frame over pipe, fifo, uds or tcp with a {@link FrameReplyRole} child, both
 * ends waiting the same way ({@code block}, {@code busy-poll} or {@code spin-then-block}, see
 * {@link FrameTransport}). Every reply is checked to be RoundTrip.reply of the value sent, which is the caller's
 * sequence number in the benchmarks.
 */
public final class FrameRoundTrip implements RoundTrip {

    private static final int MAX_FRAME = 64;
    private final String mechanism;
    private final ChildProcess child;
    private final FrameLink link;
    private final byte[] out = new byte[8];
    private final byte[] in = new byte[MAX_FRAME];

    /**
     * @param mechanism the alias, for messages
     * @param transport pipe, fifo, uds or tcp
     */
    public FrameRoundTrip(String mechanism, String transport, WaitStrategy wait, Placement placement) {
        this(mechanism, transport, wait, placement, FrameReplyRole.class, null);
    }

    /** With another echo role and a shorter hang bound: for the tests of a peer that stops answering. */
    FrameRoundTrip(String mechanism, String transport, WaitStrategy wait, Placement placement,
                   Class<? extends ChildRole> role, Duration hang) {
        this.mechanism = mechanism;
        FrameTransport t = FrameTransport.of(transport);
        this.child = ChildProcess.builder(role).args(List.of(t.alias(), "0", Integer.toString(MAX_FRAME), wait.alias()))
                .cpu(placement.childCpu()).start();
        try {
            this.link = t.parentSide(child, 0, MAX_FRAME, wait, hang);
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
        long answer = Bytes.getLong(in, 0);
        if (len != 8 || answer != RoundTrip.reply(value)) {
            throw new IllegalStateException(mechanism + ": sent " + value + ", the reply was " + answer + " (" + len + " bytes)");
        }
        return answer;
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
