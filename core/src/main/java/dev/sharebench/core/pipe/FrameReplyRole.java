package dev.sharebench.core.pipe;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.wire.Bytes;

/**
 * Child role of the frame round trips: answers every 8-byte request {@code v} with
 * {@link RoundTrip#reply reply(v)}, computed here, in the peer process. Args as {@link FrameEchoRole}.
 */
public final class FrameReplyRole extends FrameEchoRole {

    @Override
    protected int answer(byte[] buf, int len) {
        if (len != 8) {
            throw new IllegalStateException("a round trip request is 8 bytes, got " + len);
        }
        Bytes.putLong(buf, 0, RoundTrip.reply(Bytes.getLong(buf, 0)));
        PeerWitness.add(PeerWitness.Seen.SERVED, 1);
        return 8;
    }
}
