package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerConnection;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/*
 * Proof 21, one manager connection shared by two threads (the guides: a proxy or a Connection used
 * by several threads at once is not safe without extra locking).
 *
 * The suite's ManagerClient cannot show this: its call() holds a lock from writing the request to
 * reading the whole reply (Python's BaseProxy instead gives every thread its own connection). So the
 * Broken variant uses the classic connection shape on the real manager server (manager-uds, a child
 * JVM): ManagerConnection, with send() and receive() as two calls, as Python's Connection has. Two
 * threads share one and each does "send get(my key); receive" in a loop, with no lock.
 * What can happen: thread A's reply is read by thread B (both replies are well-formed, each caller
 * got the other's value: "wrong-caller"), or the two readers each take part of a frame, and the
 * stream loses its framing ("corrupted-stream": an impossible length, an unknown status, a decode
 * error, or a reader waiting for bytes that never come).
 * Fixed, both counted: (1) a connection per thread (each thread its own ManagerClient), (2) the same
 * shared connection with a lock held from send to the end of receive (what ManagerClient.call does).
 *
 * Outcomes are per call (own-reply, wrong-caller); a corrupted stream ends its round (both threads
 * stop, the connection is dropped) and counts once; calls a corrupted round never made are not
 * counted. Every value is checked against the key asked for, so nothing is counted by construction.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P21
 */
public final class Manager_21_SharedConnection implements Proof {

    static final int CALLS_PER_THREAD = 200;
    static final int ROUNDS = 2;
    /* A call takes ~50-100 us; callers that complete no call for this long wait for bytes that never come. */
    static final long STALL_MS = 500;
    private static final String ALIAS = "manager-uds";
    private static final String CORRUPTED = "The two readers split a frame between them: the stream lost its framing and the round ended.";
    private static final String STALLED = "callers stalled, waiting for bytes that never came";
    private static final String FAILED = "a reader met bytes that are no reply frame, or a dropped connection";
    private static final Codec CODEC = Codec.of("binary");

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P21").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts().ran(ALIAS)
                .declare("own-reply", Grade.ACCEPTABLE, "The caller received the reply to its own request.")
                .declareBug(variant, "wrong-caller", "The caller received the other thread's reply (a well-formed frame, the wrong value).")
                .declareBug(variant, "corrupted-stream", CORRUPTED);
        int rounds = ROUNDS * mode.scale();
        Map<String, Long> causes = new TreeMap<>();
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS)) {
            try (ManagerClient setup = manager.client(CODEC)) {
                setup.proxy(SharedMap.class, "map").putAll(values());
            }
            if (variant == Variant.BROKEN) {
                for (int r = 0; r < rounds; r++) {
                    sharedRound(manager, null, counts, causes);
                }
            } else {
                fixedRounds(manager, rounds, counts, causes);
            }
        }
        if (!causes.isEmpty()) {
            counts.describe("corrupted-stream", CORRUPTED + " How (rounds): " + causes.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")) + ".");
        }
        return counts;
    }

    /* Half the rounds with a connection per thread, half on one connection with a lock; each fix's calls counted. */
    private static void fixedRounds(ManagerSession manager, int rounds, Counts counts, Map<String, Long> causes) throws Exception {
        long[] perFix = new long[2];
        for (int r = 0; r < rounds; r++) {
            long before = counts.countOf("own-reply");
            if (r % 2 == 0) {
                connectionPerThreadRound(manager, counts, causes);
            } else {
                sharedRound(manager, new ReentrantLock(), counts, causes);
            }
            perFix[r % 2] += counts.countOf("own-reply") - before;
        }
        counts.describe("own-reply", "The caller received the reply to its own request (" + perFix[0]
                + " calls with a connection per thread, " + perFix[1] + " calls on one connection with a lock from send to receive).");
    }

    /* Key "t<thread>-<i>" holds the value thread * 1,000,000 + i: a reply names the request it answers. */
    private static Map<String, Integer> values() {
        Map<String, Integer> m = new HashMap<>();
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                m.put(key(t, i), value(t, i));
            }
        }
        return m;
    }

    private static String key(int thread, int i) {
        return "t" + thread + "-" + i;
    }

    private static int value(int thread, int i) {
        return thread * 1_000_000 + i;
    }

    /* One connection, two threads; with lock == null nothing orders their sends and receives. */
    private static void sharedRound(ManagerSession manager, ReentrantLock lock, Counts counts, Map<String, Long> causes) throws Exception {
        Map<String, Long> tally = new ConcurrentHashMap<>();
        try (ManagerConnection shared = new ManagerConnection(manager.client(CODEC), CODEC)) {
            runThreads(shared::close, tally, t -> {
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    Object reply;
                    if (lock != null) {
                        lock.lock();
                    }
                    try {
                        shared.send("map", "get", key(t, i));
                        reply = shared.receive();
                    } finally {
                        if (lock != null) {
                            lock.unlock();
                        }
                    }
                    tally.merge(Integer.valueOf(value(t, i)).equals(reply) ? "own-reply" : "wrong-caller", 1L, Long::sum);
                }
            });
        }
        record(tally, counts, causes);
    }

    /* Each thread its own client (its own connection), through the ordinary proxy. */
    private static void connectionPerThreadRound(ManagerSession manager, Counts counts, Map<String, Long> causes) throws Exception {
        Map<String, Long> tally = new ConcurrentHashMap<>();
        try (ManagerClient c0 = manager.client(CODEC); ManagerClient c1 = manager.client(CODEC)) {
            SharedMap[] maps = {c0.proxy(SharedMap.class, "map"), c1.proxy(SharedMap.class, "map")};
            runThreads(() -> {
                c0.close();
                c1.close();
            }, tally, t -> {
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    Object reply = maps[t].get(key(t, i));
                    tally.merge(Integer.valueOf(value(t, i)).equals(reply) ? "own-reply" : "wrong-caller", 1L, Long::sum);
                }
            });
        }
        record(tally, counts, causes);
    }

    private interface Caller {
        void calls(int thread) throws Exception;
    }

    /*
     * Starts two callers together and waits for both. A caller that fails (a broken frame, or the
     * connection dropped under it) marks the round corrupted; so do callers that stop making
     * progress: a reader that took part of a frame waits for bytes that never come (a slow machine
     * still completes calls, so it is not mistaken for this). Either way dropConnection unblocks
     * the other reader, and the round counts as one corrupted stream.
     */
    private static void runThreads(Runnable dropConnection, Map<String, Long> tally, Caller caller) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        AtomicLong failures = new AtomicLong();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int thread = t;
            threads[t] = Thread.ofPlatform().name("sharebench-p21-caller-" + t).start(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    caller.calls(thread);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    dropConnection.run();
                }
            });
        }
        boolean stalled = false;
        long lastCalls = -1;
        long lastProgress = System.nanoTime();
        while (threads[0].isAlive() || threads[1].isAlive()) {
            threads[0].join(20);
            long calls = tally.values().stream().mapToLong(Long::longValue).sum();
            if (calls != lastCalls) {
                lastCalls = calls;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.MILLISECONDS.toNanos(STALL_MS)) {
                stalled = true;
                dropConnection.run();
                for (Thread t : threads) {
                    t.join(TimeUnit.SECONDS.toMillis(10));
                    if (t.isAlive()) {
                        throw new IllegalStateException("P21: " + t.getName() + " did not end after its connection was closed");
                    }
                }
            }
        }
        if (stalled || failures.get() > 0) {
            tally.merge("corrupted-stream", 1L, Long::sum);
            tally.merge(stalled ? STALLED : FAILED, 1L, Long::sum);
        }
    }

    /* Adds a round's outcomes to the counts, and how its stream broke (if it did) to causes. */
    private static void record(Map<String, Long> tally, Counts counts, Map<String, Long> causes) {
        tally.forEach((id, n) -> {
            if (id.equals(STALLED) || id.equals(FAILED)) {
                causes.merge(id, n, Long::sum);
            } else {
                counts.add(id, n);
            }
        });
    }
}
