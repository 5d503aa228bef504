package dev.sharebench.core.queue;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.Queue;

/**
 * A handoff over any non-blocking {@link Queue} of boxed items ({@code jctools-spsc}; the unbounded
 * ones through {@link CappedQueueHandoff}). The caller waits, as its {@link WaitStrategy} says.
 *
 * <p>NOTE: reference queues carry a boxed {@code Long} per item, an allocation for values above 127,
 * as real code passing objects would; the rings carry primitive longs in preallocated slots.
 */
public class QueueHandoff implements Handoff {

    private final String alias;
    final Queue<Long> queue;
    private final WaitStrategy wait;

    public QueueHandoff(String alias, Queue<Long> queue, WaitStrategy wait) {
        this.alias = alias;
        this.queue = queue;
        this.wait = wait;
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public WaitStrategy waitStrategy() {
        return wait;
    }

    @Override
    public boolean offer(long item) {
        return queue.offer(item);
    }

    @Override
    public long poll() {
        Long item = queue.poll();
        return item == null ? NONE : item;
    }
}
