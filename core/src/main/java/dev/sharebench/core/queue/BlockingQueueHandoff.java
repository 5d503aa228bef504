package dev.sharebench.core.queue;

import dev.sharebench.core.wait.WaitStrategy;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A handoff over a JDK {@link BlockingQueue}: non-blocking offer/poll and its own blocking calls. */
public final class BlockingQueueHandoff extends QueueHandoff {

    private final BlockingQueue<Long> blocking;

    public BlockingQueueHandoff(String alias, BlockingQueue<Long> queue, WaitStrategy wait) {
        super(alias, queue, wait);
        this.blocking = queue;
    }

    @Override
    public boolean hasBlocking() {
        return true;
    }

    @Override
    public boolean put(long item, long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.offer(item, timeout, unit);
    }

    @Override
    public long take(long timeout, TimeUnit unit) throws InterruptedException {
        Long item = blocking.poll(timeout, unit);
        return item == null ? NONE : item;
    }
}
