package dev.sharebench.core.workload;

import dev.sharebench.core.Family;
import dev.sharebench.core.Mechanism;
import dev.sharebench.core.UnknownMechanismException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry: every mechanism the suite measures, defined once. Factories for each workload
 * contract look their aliases up here, so an alias cannot exist in a benchmark without a
 * description and a classic idea (a test checks every factory against this list).
 */
public final class Mechanisms {

    // Classic ideas, the vocabulary of the textbook list of ways to share data.
    public static final String LOCK_GUARDED_GLOBAL = "lock-guarded global";
    public static final String BOUNDED_BLOCKING_QUEUE = "bounded blocking queue";
    public static final String THREAD_LOCAL_STATE = "thread-local state";
    public static final String SHARED_MEMORY_BLOCK = "shared-memory block";
    public static final String SHARED_VALUE_WITH_LOCK = "shared value with lock (across processes)";
    public static final String MANAGER_PROXY = "manager server with proxies";
    public static final String PIPE_OF_COPIES = "pipe/queue carrying copies";
    public static final String HARDWARE_FLOOR = "hardware floor (no mechanism)";

    private static final Map<String, Mechanism> BY_ALIAS = new LinkedHashMap<>();

    static {
        // --- lock: a global guarded by a lock, and its lock-free replacements
        add("synchronized", Family.LOCK, "a long field guarded by a synchronized block (monitor)", LOCK_GUARDED_GLOBAL);
        add("reentrant-lock", Family.LOCK, "a long field guarded by java.util.concurrent.locks.ReentrantLock", LOCK_GUARDED_GLOBAL);
        add("stamped-lock", Family.LOCK, "a long field guarded by StampedLock's write lock", LOCK_GUARDED_GLOBAL);
        add("atomic-long", Family.LOCK, "AtomicLong.getAndAdd: one contended cache line, no lock", LOCK_GUARDED_GLOBAL);
        add("long-adder", Family.LOCK, "LongAdder: striped cells, summed on read", LOCK_GUARDED_GLOBAL);
        add("shared-locked", Family.LOCK, "one shared scratch instance used under a lock", LOCK_GUARDED_GLOBAL);

        // --- queue: a bounded blocking queue between producer and consumer (and its relatives)
        add("array-blocking-queue", Family.QUEUE, "ArrayBlockingQueue: bounded, one lock, two conditions", BOUNDED_BLOCKING_QUEUE);
        add("linked-blocking-queue", Family.QUEUE, "LinkedBlockingQueue: bounded, separate put and take locks", BOUNDED_BLOCKING_QUEUE);
        add("linked-transfer-queue", Family.QUEUE, "LinkedTransferQueue: unbounded, lock-free dual queue", BOUNDED_BLOCKING_QUEUE);
        add("synchronous-queue", Family.QUEUE, "SynchronousQueue: no capacity, every put meets a take", BOUNDED_BLOCKING_QUEUE);
        add("concurrent-linked-queue", Family.QUEUE, "ConcurrentLinkedQueue: unbounded lock-free MPMC, caller waits", BOUNDED_BLOCKING_QUEUE);
        add("lock-condition-deque", Family.QUEUE, "ArrayDeque guarded by a ReentrantLock with notEmpty/notFull conditions", BOUNDED_BLOCKING_QUEUE);
        add("offheap-spsc-ring", Family.QUEUE, "single-producer single-consumer ring of longs in a MemorySegment (ours)", BOUNDED_BLOCKING_QUEUE);
        add("jctools-spsc", Family.QUEUE, "JCTools SpscArrayQueue (external peer)", BOUNDED_BLOCKING_QUEUE);
        add("disruptor", Family.QUEUE, "LMAX Disruptor 4 ring buffer, single producer (external peer)", BOUNDED_BLOCKING_QUEUE);
        add("queue-to-owner", Family.QUEUE, "deltas sent through a queue to the one thread that owns the total", BOUNDED_BLOCKING_QUEUE);
        add("queue-pool", Family.QUEUE, "a pool of scratch instances borrowed from and returned to a queue", BOUNDED_BLOCKING_QUEUE);

        // --- threadlocal: per-thread state, merged or scoped
        add("thread-local", Family.THREAD_LOCAL, "ThreadLocal state: accumulate per thread, merge on read", THREAD_LOCAL_STATE);
        add("scoped-value", Family.THREAD_LOCAL, "ScopedValue binding (JDK 25): immutable per-scope state", THREAD_LOCAL_STATE);
        add("new-per-call", Family.THREAD_LOCAL, "no sharing at all: a fresh instance for every call", THREAD_LOCAL_STATE);

        // --- offheap: a shared-memory block holding a big numeric array, inside one JVM
        add("heap-array", Family.OFFHEAP, "a plain long[] on the Java heap", SHARED_MEMORY_BLOCK);
        add("direct-buffer", Family.OFFHEAP, "a direct ByteBuffer (LongBuffer view semantics, absolute access)", SHARED_MEMORY_BLOCK);
        add("offheap-segment", Family.OFFHEAP, "a MemorySegment from a shared Arena, VarHandle access", SHARED_MEMORY_BLOCK);
        add("mapped-segment", Family.OFFHEAP, "a MemorySegment mapped from a file (FileChannel.map)", SHARED_MEMORY_BLOCK);

        // --- floor: what the hardware allows at best
        add("cache-line-pingpong", Family.FLOOR, "two threads handing a value back and forth on one cache line, spinning", HARDWARE_FLOOR);

        // --- mmap: shared memory between processes
        add("mmap", Family.MMAP, "a /dev/shm file mapped in both JVMs as a MemorySegment, VarHandle atomics", SHARED_MEMORY_BLOCK);
        // The ping-pong over the mapping, one alias per wait strategy (a cartesian waitStrategy @Param
        // would pair every other transport with waits it cannot honour).
        add("mmap-spin", Family.MMAP, "ping-pong through the mapping, both sides busy-spin (Thread.onSpinWait)", SHARED_MEMORY_BLOCK);
        add("mmap-yield", Family.MMAP, "ping-pong through the mapping, spin 100 then Thread.yield", SHARED_MEMORY_BLOCK);
        add("mmap-park", Family.MMAP, "ping-pong through the mapping, spin 100 then parkNanos(1 us)", SHARED_MEMORY_BLOCK);
        add("mmap-futex", Family.MMAP, "ping-pong through the mapping, spin then FUTEX_WAIT on the shared word (FFM syscall)", SHARED_MEMORY_BLOCK);
        add("mmap-block", Family.MMAP, "ping-pong through the mapping, FUTEX_WAIT at once, no spinning (the C futex baseline)", SHARED_MEMORY_BLOCK);
        add("mmap-lock", Family.MMAP, "a CAS spin lock living in the shared mapping guarding a plain value", SHARED_VALUE_WITH_LOCK);
        add("file-lock", Family.MMAP, "a plain value in the mapping guarded by FileChannel.lock (fcntl lock)", SHARED_VALUE_WITH_LOCK);
        add("mmap-spsc-ring", Family.MMAP, "our minimal SPSC byte ring over the shared mapping", SHARED_MEMORY_BLOCK);
        add("agrona-ring", Family.MMAP, "Agrona OneToOneRingBuffer over the shared mapping (external peer)", SHARED_MEMORY_BLOCK);

        // --- manager: a server process holding the objects, proxies make every access a round trip
        add("manager-uds", Family.MANAGER, "manager server child JVM, proxies over a Unix domain socket", MANAGER_PROXY);
        add("manager-tcp", Family.MANAGER, "manager server child JVM, proxies over TCP loopback", MANAGER_PROXY);
        add("rmi", Family.MANAGER, "Java RMI remote object in a child JVM (the JDK's own remote proxies)", MANAGER_PROXY);

        // --- pipe and sockets: copies carried between processes
        add("pipe", Family.PIPE, "the child's stdin/stdout with length-prefixed frames", PIPE_OF_COPIES);
        add("fifo", Family.PIPE, "a named FIFO pair (mkfifo) with length-prefixed frames", PIPE_OF_COPIES);
        add("process-queue", Family.PIPE, "a bounded queue over a pipe: serialized items, a feeder thread", PIPE_OF_COPIES);
        add("uds", Family.SOCKET, "a Unix domain stream socket (SocketChannel, UNIX family)", PIPE_OF_COPIES);
        add("tcp", Family.SOCKET, "a TCP loopback socket with TCP_NODELAY", PIPE_OF_COPIES);
    }

    private Mechanisms() {
    }

    private static void add(String alias, Family family, String description, String classicIdea) {
        Mechanism m = new Mechanism(alias, family, description, classicIdea);
        if (BY_ALIAS.putIfAbsent(alias, m) != null) {
            throw new IllegalStateException("mechanism alias registered twice: " + alias);
        }
    }

    /** Every mechanism, in registration order. */
    public static Collection<Mechanism> all() {
        return Collections.unmodifiableCollection(BY_ALIAS.values());
    }

    /** The mechanism with this alias, or an exception that names the alias and lists the known ones. */
    public static Mechanism get(String alias) {
        Mechanism m = BY_ALIAS.get(alias);
        if (m == null) {
            throw new UnknownMechanismException(alias, BY_ALIAS.keySet());
        }
        return m;
    }

    public static boolean exists(String alias) {
        return BY_ALIAS.containsKey(alias);
    }

    public static List<Mechanism> ofFamily(Family family) {
        return BY_ALIAS.values().stream().filter(m -> m.family() == family).toList();
    }
}
