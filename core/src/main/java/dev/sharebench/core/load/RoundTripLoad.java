package dev.sharebench.core.load;

import dev.sharebench.core.contract.RoundTrip;
import java.util.Objects;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Load on a cross-process round trip (RttBench's mechanisms): each message is the next sequence
 * number, the peer's reply must be {@link RoundTrip#reply} of it (computed in the peer), and its latency runs from the message's due time to the
 * echo. The round trip is synchronous, so in an open loop a slow reply makes the next messages
 * late, and their latency includes that lateness (JLBH's intended-start timing). Beside it, the time
 * from the actual send ({@link LoadInterval#fromSend()}): the figure a closed-loop tool reports.
 */
public final class RoundTripLoad extends PacedLoad {

    private final RoundTrip peer;
    private final SingleWriterRecorder latency = Latencies.recorder();
    private final SingleWriterRecorder fromSend = Latencies.recorder();
    private long seq;
    private long messages;

    /** Drives {@code peer}; the caller keeps ownership (closing this driver leaves the peer open). */
    public RoundTripLoad(RoundTrip peer) {
        this.peer = Objects.requireNonNull(peer, "peer");
    }

    @Override
    public String mechanism() {
        return peer.mechanism();
    }

    @Override
    void resetInterval() {
        latency.getIntervalHistogram(); // drop what an earlier interval left
        fromSend.getIntervalHistogram();
        messages = 0;
    }

    @Override
    void send(long due) {
        long sentAt = System.nanoTime();
        long value = ++seq;
        long answer = peer.roundTrip(value);
        long done = System.nanoTime();
        if (answer != RoundTrip.reply(value)) { // the contract checks too; a load figure over wrong replies must never appear
            throw new IllegalStateException(mechanism() + ": sent " + value + " but the reply was " + answer
                    + " (expected " + RoundTrip.reply(value) + ")");
        }
        Latencies.record(latency, done - due);
        Latencies.record(fromSend, done - sentAt);
        messages++;
    }

    @Override
    LoadInterval finishInterval(LoadMode mode, double offeredRate, double seconds) {
        return new LoadInterval(mode, offeredRate, messages, seconds, latency.getIntervalHistogram(), fromSend.getIntervalHistogram());
    }

    /** Round trips completed over the driver's life. */
    public long sent() {
        return seq;
    }

    @Override
    public void close() {
        abandonInterval();
    }
}
