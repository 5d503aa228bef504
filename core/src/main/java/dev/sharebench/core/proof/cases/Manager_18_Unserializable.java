package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.manager.rmi.RmiRoundTrip;
import dev.sharebench.core.pipe.ProcessQueue;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.StreamFrameLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Proof 18, an unserializable payload: a stream of items goes to another process; every tenth is a
 * list holding a Thread (standing in for a lock, a socket, a lambda), which cannot be serialized.
 * What happens to it depends on the path, and each path is run as it really is:
 *
 * Broken, the Java idiom that loses work silently: each send is handed to an executor,
 * executor.submit(() -> queue.put(item)), and nobody reads the returned Future. The suite's
 * process-queue does throw at put(), naming the class, but the exception is stored in a Future
 * that is dropped: the caller never learns, the consumer never receives the item.
 * Fixed: each real path called directly, in the caller's thread: process-queue put, a manager
 * proxy put over a Unix socket (manager-uds) and over TCP (manager-tcp), and an RMI call (rmi).
 * Per path, each bad item ends as "rejected at call" (an exception in the caller that names the
 * class it cannot send, java.lang.Thread) or "silently dropped" (the call returned, yet the
 * receiver's own count shows it never arrived). Any other exception at a call (for a good item, or
 * one that does not name the class: a broken connection, a dead server) is "failed at call",
 * forbidden in both variants: a path that fails every call must not pass for one that rejects bad
 * arguments. The receiver counts what arrived: the child's count of items taken, the manager
 * server's map size, the RMI server's count of calls received.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P18
 */
public final class Manager_18_Unserializable implements Proof {

    static final int ITEMS = 100;
    static final int BAD_EVERY = 10;
    static final int CAPACITY = 64;
    static final int MAX_ITEM_BYTES = 4096;
    static final String FIRE_AND_FORGET = "process-queue via executor.submit";
    static final List<String> DIRECT_PATHS = List.of("process-queue", "manager-uds", "manager-tcp", "rmi");

    /** The child: takes items until the parent closes, then reports how many arrived. */
    public static final class ConsumerRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            ctx.ready("");
            long received = 0;
            try (ProcessQueue q = new ProcessQueue(new StreamFrameLink(ctx.stdin(), ctx.stdout()), CAPACITY, MAX_ITEM_BYTES)) {
                while (true) {
                    q.take();
                    received++;
                }
            } catch (PeerClosedException parentClosed) {
                ctx.report(Long.toString(received));
            }
        }
    }

    /* One path's sends: returns how many items the receiver has, counted at the receiver. */
    @FunctionalInterface
    private interface Sender {
        long sendAll(List<Object> items, AtCall atCall) throws Exception;
    }

    /* The exceptions one path's calls threw, each judged a rejection of its unserializable item or a failure of the path. */
    static final class AtCall {
        long rejected;
        long failed;
        String firstFailure;

        void threw(Object item, Exception e) {
            if (isRejection(item, e)) {
                rejected++;
            } else if (failed++ == 0) {
                firstFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }

        /* A rejection: the item holds what cannot be sent, and the exception (or a cause) names that class. */
        static boolean isRejection(Object item, Throwable e) {
            if (!(item instanceof List<?> l && l.stream().anyMatch(Thread.class::isInstance))) {
                return false;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains(Thread.class.getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P18").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        List<String> paths = variant == Variant.BROKEN ? List.of(FIRE_AND_FORGET) : DIRECT_PATHS;
        Counts counts = new Counts();
        for (String p : paths) {
            counts.declare(p + ": delivered", Grade.ACCEPTABLE, p + ": a serializable item reached the receiver.")
                    .declare(p + ": rejected at call", Grade.ACCEPTABLE, p + ": the call with the unserializable item threw in the caller.")
                    .declareBug(variant, p + ": silently dropped", p + ": the call returned normally, and the item never reached the receiver.")
                    .declare(p + ": failed at call", Grade.FORBIDDEN, p + ": a call threw for another reason than the item's class (the path is broken).");
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < ITEMS * mode.scale(); i++) {
            items.add(item(i));
        }
        for (String p : paths) {
            AtCall atCall = new AtCall();
            long delivered = sender(p, counts).sendAll(items, atCall);
            long dropped = items.size() - delivered - atCall.rejected - atCall.failed;
            if (dropped < 0) {
                throw new IllegalStateException("P18 " + p + ": " + delivered + " delivered, " + atCall.rejected + " rejected and "
                        + atCall.failed + " failed of " + items.size());
            }
            counts.add(p + ": delivered", delivered);
            counts.add(p + ": rejected at call", atCall.rejected);
            counts.add(p + ": silently dropped", dropped);
            counts.add(p + ": failed at call", atCall.failed);
            if (atCall.failed > 0) {
                counts.describe(p + ": failed at call", p + ": a call threw for another reason than the item's class (the path is broken). First: "
                        + atCall.firstFailure);
            }
        }
        return counts;
    }

    private static Sender sender(String path, Counts counts) {
        return switch (path) {
            case FIRE_AND_FORGET -> (items, atCall) -> {
                counts.ran("process-queue");
                return toChild(q -> {
                    try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
                        for (Object item : items) {
                            executor.submit(() -> {
                                q.put(item);
                                return null;
                            }); // NOTE: the pitfall under test: the Future, and the exception in it, is dropped
                        }
                        executor.shutdown();
                        if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("P18: the executor did not finish in 60 s");
                        }
                    }
                });
            };
            case "process-queue" -> (items, atCall) -> {
                counts.ran("process-queue");
                return toChild(q -> {
                    for (Object item : items) {
                        try {
                            q.put(item);
                        } catch (RuntimeException e) {
                            atCall.threw(item, e);
                        }
                    }
                });
            };
            case "manager-uds", "manager-tcp" -> (items, atCall) -> {
                try (ManagerSession manager = new ManagerSession(path.substring("manager-".length()), Placement.OS);
                     ManagerClient client = manager.client(Codec.of("binary"))) {
                    counts.ran(path);
                    SharedMap map = client.proxy(SharedMap.class, "map");
                    for (int i = 0; i < items.size(); i++) {
                        try {
                            map.put(i, items.get(i));
                        } catch (RuntimeException e) {
                            atCall.threw(items.get(i), e);
                        }
                    }
                    return map.size();
                }
            };
            case "rmi" -> (items, atCall) -> {
                try (RmiRoundTrip rmi = new RmiRoundTrip(Placement.OS)) {
                    counts.ran("rmi");
                    for (Object item : items) {
                        try {
                            rmi.send(item);
                        } catch (java.rmi.RemoteException | RuntimeException e) {
                            atCall.threw(item, e);
                        }
                    }
                    return rmi.send(0) - 1; // the server's count of calls, minus this one
                }
            };
            default -> throw new IllegalArgumentException("P18: unknown path " + path);
        };
    }

    @FunctionalInterface
    private interface QueueUse {
        void use(ProcessQueue q) throws Exception;
    }

    /* Runs `use` on a process queue to a consumer child; returns the child's count of items taken. */
    private static long toChild(QueueUse use) throws Exception {
        try (ChildProcess child = ChildProcess.start(ConsumerRole.class, List.of(), Duration.ofSeconds(30))) {
            try (ProcessQueue q = new ProcessQueue(new StreamFrameLink(child.stdout(), child.stdin()), CAPACITY, MAX_ITEM_BYTES)) {
                use.use(q);
            }
            return Long.parseLong(child.awaitReport(Duration.ofSeconds(30)));
        }
    }

    /* A good item is an Integer; a bad one is a list that holds a Thread. */
    private static Object item(int i) {
        if (i % BAD_EVERY != BAD_EVERY - 1) {
            return i;
        }
        ArrayList<Object> withThread = new ArrayList<>();
        withThread.add(i);
        withThread.add(Thread.currentThread());
        return withThread;
    }
}
