package dev.sharebench.core.workload;

import static dev.sharebench.core.workload.MechanismRef.define;
import static dev.sharebench.core.workload.Mechanisms.BOUNDED_BLOCKING_QUEUE;

import dev.sharebench.core.Family;
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
                    .register(define("array-blocking-queue", Family.QUEUE, "ArrayBlockingQueue: bounded, one lock, two conditions", BOUNDED_BLOCKING_QUEUE),
                            BOTH, (alias, a) -> new BlockingQueueHandoff(alias, new ArrayBlockingQueue<>(a.capacity()), a.waitStrategy()))
                    .register(define("linked-blocking-queue", Family.QUEUE, "LinkedBlockingQueue: bounded, separate put and take locks", BOUNDED_BLOCKING_QUEUE),
                            BOTH, (alias, a) -> new BlockingQueueHandoff(alias, new LinkedBlockingQueue<>(a.capacity()), a.waitStrategy()))
                    .register(define("linked-transfer-queue", Family.QUEUE, "LinkedTransferQueue: unbounded, lock-free dual queue", BOUNDED_BLOCKING_QUEUE),
                            BOTH, (alias, a) -> new CappedQueueHandoff(alias, new LinkedTransferQueue<>(), a.capacity(), a.waitStrategy()))
                    .register(define("synchronous-queue", Family.QUEUE, "SynchronousQueue: no capacity, every put meets a take", BOUNDED_BLOCKING_QUEUE),
                            BLOCKING, (alias, a) -> new BlockingQueueHandoff(alias, new SynchronousQueue<>(), a.waitStrategy()))
                    .register(define("concurrent-linked-queue", Family.QUEUE, "ConcurrentLinkedQueue: unbounded lock-free MPMC, caller waits", BOUNDED_BLOCKING_QUEUE),
                            POLLING, (alias, a) -> new CappedQueueHandoff(alias, new ConcurrentLinkedQueue<>(), a.capacity(), a.waitStrategy()))
                    .register(define("lock-condition-deque", Family.QUEUE, "ArrayDeque guarded by a ReentrantLock with notEmpty/notFull conditions", BOUNDED_BLOCKING_QUEUE),
                            BOTH, (alias, a) -> new LockConditionDeque(alias, a.capacity(), a.waitStrategy()))
                    .register(define("offheap-spsc-ring", Family.QUEUE, "single-producer single-consumer ring of longs in a MemorySegment (ours)", BOUNDED_BLOCKING_QUEUE),
                            POLLING, (alias, a) -> new OffHeapSpscRing(alias, a.capacity(), a.waitStrategy()))
                    .register(define("jctools-spsc", Family.QUEUE, "JCTools SpscArrayQueue (external peer)", BOUNDED_BLOCKING_QUEUE),
                            POLLING, (alias, a) -> new QueueHandoff(alias, new SpscArrayQueue<>(a.capacity()), a.waitStrategy()))
                    .register(define("disruptor", Family.QUEUE, "LMAX Disruptor 4 ring buffer, single producer (external peer)", BOUNDED_BLOCKING_QUEUE),
                            POLLING, (alias, a) -> new DisruptorHandoff(alias, a.capacity(), a.waitStrategy()))
                    .build();

    private Handoffs() {
    }

    /** {@code FACTORY.create(alias, new HandoffArgs(capacity, wait))}. */
    public static Handoff create(String alias, int capacity, WaitStrategy wait) {
        return FACTORY.create(alias, new HandoffArgs(capacity, wait));
    }
}
