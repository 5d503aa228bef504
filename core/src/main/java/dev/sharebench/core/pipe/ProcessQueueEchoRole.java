package dev.sharebench.core.pipe;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.wire.PeerClosedException;

/**
 * Child role of the process-queue rows: take every item from its stdin queue and put the answer on
 * its stdout queue, until the parent closes: a round trip request v (a Long) is answered with
 * RoundTrip.reply(v), any other item is echoed as it came. Args: {@code <capacity> <maxItemBytes>
 * [waitStrategy]} (default block: the reader's wait on the pipe).
 */
public final class ProcessQueueEchoRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        int capacity = Integer.parseInt(ctx.arg(0, "capacity"));
        int maxItemBytes = Integer.parseInt(ctx.arg(1, "maxItemBytes"));
        WaitStrategy wait = ctx.args().size() > 2 ? WaitStrategy.of(ctx.arg(2, "waitStrategy")) : WaitStrategy.BLOCK;
        try (ProcessQueue q = new ProcessQueue(FrameTransport.PIPE.childSide(ctx, 0, maxItemBytes, wait), capacity, maxItemBytes)) {
            while (true) {
                Object item = q.take();
                if (item instanceof Long request) {
                    PeerWitness.add(PeerWitness.Seen.SERVED, 1);
                    q.put(RoundTrip.reply(request));
                } else {
                    q.put(item);
                }
            }
        } catch (PeerClosedException parentClosed) {
            return;
        }
    }
}
