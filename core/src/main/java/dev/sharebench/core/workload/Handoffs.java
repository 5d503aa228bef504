package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.reuse;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.offheap.OffHeapSpscRing;
import dev.sharebench.core.queue.BlockingQueueHandoff;
import dev.sharebench.core.queue.CappedQueueHandoff;
import dev.sharebench.core.queue.DisruptorHandoff;
import dev.sharebench.core.queue.LockConditionDeque;
import dev.sharebench.core.queue.QueueHandoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;
import org.jctools.queues.SpscArrayQueue;

/**
 * Workload 2, one producer hands items to one consumer: the one alias-to-{@link Handoff} mapping, and
 * which wait strategies each mechanism allows:
 * <ul>
 *   <li>spin / yield / park: a poll loop over offer/poll; every mechanism but
 *       {@code synchronous-queue}, whose offer only succeeds when a taker is already blocked.</li>
 *   <li>block: the mechanism's own blocking put/take; only the blocking queues and the
 *       lock + condition deque have it (the rings and CLQ leave waiting to the caller).</li>
 *   <li>futex: cross-process only, never here.</li>
 * </ul>
 */
public final class Handoffs {

    private static final Set<WaitStrategy> POLLING = EnumSet.of(WaitStrategy.SPIN, WaitStrategy.YIELD, WaitStrategy.PARK);
    private static final Set<WaitStrategy> BLOCKING = EnumSet.of(WaitStrategy.BLOCK);
    private static final Set<WaitStrategy> BOTH = EnumSet.of(WaitStrategy.SPIN, WaitStrategy.YIELD, WaitStrategy.PARK, WaitStrategy.BLOCK);

    // Unbounded queues (linked-transfer-queue, concurrent-linked-queue): capacity caps the items in
    // flight (CappedQueueHandoff), not the queue.
    public static final Factory<HandoffArgs, Handoff> FACTORY =
            Factory.<HandoffArgs, Handoff>builder("Handoff", HandoffArgs::check)
                    .waitsFrom(HandoffArgs::waitStrategy)
                    .register(reuse("array-blocking-queue"), BOTH,
                            (alias, a) -> new BlockingQueueHandoff(alias, new ArrayBlockingQueue<>(a.capacity()), a.waitStrategy()))
                    .register(reuse("linked-blocking-queue"), BOTH,
                            (alias, a) -> new BlockingQueueHandoff(alias, new LinkedBlockingQueue<>(a.capacity()), a.waitStrategy()))
                    .register(reuse("linked-transfer-queue"), BOTH,
                            (alias, a) -> new CappedQueueHandoff(alias, new LinkedTransferQueue<>(), a.capacity(), a.waitStrategy()))
                    .register(reuse("synchronous-queue"), BLOCKING,
                            (alias, a) -> new BlockingQueueHandoff(alias, new SynchronousQueue<>(), a.waitStrategy()))
                    .register(reuse("concurrent-linked-queue"), POLLING,
                            (alias, a) -> new CappedQueueHandoff(alias, new ConcurrentLinkedQueue<>(), a.capacity(), a.waitStrategy()))
                    .register(reuse("lock-condition-deque"), BOTH,
                            (alias, a) -> new LockConditionDeque(alias, a.capacity(), a.waitStrategy()))
                    .register(reuse("offheap-spsc-ring"), POLLING,
                            (alias, a) -> new OffHeapSpscRing(alias, a.capacity(), a.waitStrategy()))
                    .register(reuse("jctools-spsc"), POLLING,
                            (alias, a) -> new QueueHandoff(alias, new SpscArrayQueue<>(a.capacity()), a.waitStrategy()))
                    .register(reuse("disruptor"), POLLING,
                            (alias, a) -> new DisruptorHandoff(alias, a.capacity(), a.waitStrategy()))
                    .build();

    private Handoffs() {
    }

    /** {@code FACTORY.create(alias, new HandoffArgs(capacity, wait))}. */
    public static Handoff create(String alias, int capacity, WaitStrategy wait) {
        return FACTORY.create(alias, new HandoffArgs(capacity, wait));
    }
}
