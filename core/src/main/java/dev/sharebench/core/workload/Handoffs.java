package dev.sharebench.core.workload;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.offheap.OffHeapSpscRing;
import dev.sharebench.core.queue.BlockingQueueHandoff;
import dev.sharebench.core.queue.CappedQueueHandoff;
import dev.sharebench.core.queue.DisruptorHandoff;
import dev.sharebench.core.queue.LockConditionDeque;
import dev.sharebench.core.queue.QueueHandoff;
import dev.sharebench.core.wait.WaitStrategy;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * The one alias-to-handoff mapping of the suite (workload 2), and which wait strategies each
 * mechanism allows:
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

    private interface Factory {
        Handoff create(String alias, int capacity, WaitStrategy wait);
    }

    private record Entry(Factory factory, Set<WaitStrategy> waits) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register("array-blocking-queue", BOTH, (a, c, w) -> new BlockingQueueHandoff(a, new ArrayBlockingQueue<>(c), w));
        register("linked-blocking-queue", BOTH, (a, c, w) -> new BlockingQueueHandoff(a, new LinkedBlockingQueue<>(c), w));
        // Unbounded queues: capacity caps the items in flight (CappedQueueHandoff), not the queue.
        register("linked-transfer-queue", BOTH, (a, c, w) -> new CappedQueueHandoff(a, new LinkedTransferQueue<>(), c, w));
        register("synchronous-queue", BLOCKING, (a, c, w) -> new BlockingQueueHandoff(a, new SynchronousQueue<>(), w));
        register("concurrent-linked-queue", POLLING, (a, c, w) -> new CappedQueueHandoff(a, new ConcurrentLinkedQueue<>(), c, w));
        register("lock-condition-deque", BOTH, LockConditionDeque::new);
        register("offheap-spsc-ring", POLLING, OffHeapSpscRing::new);
        register("jctools-spsc", POLLING, (a, c, w) -> new QueueHandoff(a, new org.jctools.queues.SpscArrayQueue<>(c), w));
        register("disruptor", POLLING, DisruptorHandoff::new);
    }

    private Handoffs() {
    }

    private static void register(String alias, Set<WaitStrategy> waits, Factory factory) {
        Mechanisms.get(alias);
        ENTRIES.put(alias, new Entry(factory, waits));
    }

    /** Every alias this factory can create. */
    public static Set<String> aliases() {
        return ENTRIES.keySet();
    }

    /** Whether {@code alias} can wait with {@code wait} (see the class comment for why not). */
    public static boolean supports(String alias, WaitStrategy wait) {
        Entry e = ENTRIES.get(alias);
        return e != null && e.waits().contains(wait);
    }

    /** The wait strategies {@code alias} supports. */
    public static Set<WaitStrategy> waitStrategies(String alias) {
        return entry(alias).waits();
    }

    /**
     * A new SPSC handoff.
     *
     * @param capacity a power of two >= 2 (bounded mechanisms hold this many items)
     * @param wait     one of {@link #waitStrategies(String)}
     */
    public static Handoff create(String alias, int capacity, WaitStrategy wait) {
        Entry e = entry(alias);
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= 2, was " + capacity + " (for " + alias + ")");
        }
        if (!e.waits().contains(wait)) {
            throw new IllegalArgumentException("waitStrategy '" + wait.alias() + "' is not available for " + alias
                    + " (supported: " + e.waits().stream().map(WaitStrategy::alias).toList() + ")");
        }
        return e.factory().create(alias, capacity, wait);
    }

    private static Entry entry(String alias) {
        Entry e = ENTRIES.get(alias);
        if (e == null) {
            Mechanisms.get(alias);
            throw new UnknownMechanismException(alias, "Handoff", ENTRIES.keySet());
        }
        return e;
    }
}
