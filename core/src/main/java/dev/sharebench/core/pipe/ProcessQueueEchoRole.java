package dev.sharebench.core.pipe;

import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.StreamFrameLink;

/**
 * Child role of the process-queue row: take every item from its stdin queue and put it back on its
 * stdout queue, until the parent closes. Args: {@code <capacity> <maxItemBytes>}.
 */
public final class ProcessQueueEchoRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        int capacity = Integer.parseInt(ctx.arg(0, "capacity"));
        int maxItemBytes = Integer.parseInt(ctx.arg(1, "maxItemBytes"));
        ctx.ready("");
        try (ProcessQueue q = new ProcessQueue(new StreamFrameLink(ctx.stdin(), ctx.stdout()), capacity, maxItemBytes)) {
            while (true) {
                q.put(q.take());
            }
        } catch (PeerClosedException parentClosed) {
            return;
        }
    }
}
