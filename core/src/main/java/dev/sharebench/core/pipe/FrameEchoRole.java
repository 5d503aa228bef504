package dev.sharebench.core.pipe;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.PeerClosedException;

/**
 * Child role: echo every frame back until the parent closes the link (or, waiting by polling, asks
 * the child to stop). Args: {@code <transport> <bufferBytes> <maxFrame> [waitStrategy]} (default block).
 * A subclass changes the answer ({@link FrameReplyRole}: the round trips' reply).
 */
public class FrameEchoRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        FrameTransport transport = FrameTransport.of(ctx.arg(0, "transport"));
        int bufferBytes = Integer.parseInt(ctx.arg(1, "bufferBytes"));
        int maxFrame = Integer.parseInt(ctx.arg(2, "maxFrame"));
        WaitStrategy wait = ctx.args().size() > 3 ? WaitStrategy.of(ctx.arg(3, "waitStrategy")) : WaitStrategy.BLOCK;
        byte[] buf = new byte[maxFrame];
        try (FrameLink link = transport.childSide(ctx, bufferBytes, maxFrame, wait)) {
            while (true) {
                int len = link.receive(buf);
                link.send(buf, 0, answer(buf, len));
            }
        } catch (PeerClosedException parentClosed) {
            // The normal end: the parent closed its end of the link.
            return;
        }
    }

    /** Turns the frame of {@code len} bytes in {@code buf} into the answer, in place; returns its length. */
    protected int answer(byte[] buf, int len) {
        return len;
    }
}
