package dev.sharebench.core.proof.cases;

import dev.sharebench.core.pipe.ProcessQueue;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.StreamFrameLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/*
 * Proof 18, an unserializable payload: the parent sends items to a child process through a queue;
 * every tenth item is a list holding a Thread (standing in for a lock, a socket, a lambda), which
 * cannot be serialized.
 *
 * Broken: the classic process-queue design (Python's multiprocessing.Queue): put() hands the item
 * to a background feeder thread that serializes and writes it later. put() returns at once; the
 * feeder fails, and the item is gone: the caller never learns, the consumer never receives it.
 * Fixed: the suite's process-queue (core.pipe.ProcessQueue) serializes in the caller's thread, so
 * put() throws at once with a message naming the class, and nothing is silently dropped.
 * Outcomes per bad item: rejected at put, or silently dropped; the child's count of received items
 * checks that no good item was lost.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P18
 */
public final class Manager_18_Unserializable implements Proof {

    static final int ITEMS = 500;
    static final int BAD_EVERY = 10;
    static final int CAPACITY = 64;
    static final int MAX_ITEM_BYTES = 4096;

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

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P18").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("delivered", Grade.ACCEPTABLE, "A serializable item reached the child.")
                .declare("rejected-at-put", Grade.ACCEPTABLE, "put() of the unserializable item threw at once, naming its class; nothing was sent.")
                .declareBug(variant, "silently-dropped", "put() of the unserializable item returned normally; the item was dropped in the background and never arrived.")
                .declare("good-item-lost", Grade.FORBIDDEN, "A serializable item never reached the child.");
        int items = ITEMS * mode.scale();
        long good = 0;
        long bad = 0;
        long rejected = 0;
        AtomicLong feederFailures = new AtomicLong();
        try (ChildProcess child = ChildProcess.start(ConsumerRole.class, List.of(), Duration.ofSeconds(30))) {
            FrameLink link = new StreamFrameLink(child.stdout(), child.stdin());
            if (variant == Variant.BROKEN) {
                try (ExecutorService feeder = Executors.newSingleThreadExecutor()) {
                    for (int i = 0; i < items; i++) {
                        Object item = item(i);
                        bad += isBad(i) ? 1 : 0;
                        feeder.submit(() -> feedLater(link, item, feederFailures)); // put() returns at once
                    }
                    feeder.shutdown();
                    if (!feeder.awaitTermination(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("P18: the naive feeder did not finish in 60 s");
                    }
                }
                link.close();
            } else {
                try (ProcessQueue q = new ProcessQueue(link, CAPACITY, MAX_ITEM_BYTES)) {
                    for (int i = 0; i < items; i++) {
                        bad += isBad(i) ? 1 : 0;
                        try {
                            q.put(item(i));
                        } catch (IllegalArgumentException clearError) {
                            requireClearMessage(clearError);
                            rejected++;
                        }
                    }
                }
            }
            good = items - bad;
            long received = Long.parseLong(child.awaitReport(Duration.ofSeconds(30)));
            if (received > good) {
                throw new IllegalStateException("P18: the child received " + received + " items, only " + good + " were serializable");
            }
            counts.add("delivered", received);
            counts.add("good-item-lost", good - received);
            counts.add("rejected-at-put", rejected);
            counts.add("silently-dropped", bad - rejected);
        }
        if (variant == Variant.BROKEN && feederFailures.get() != bad) {
            throw new IllegalStateException("P18: the naive feeder failed " + feederFailures.get() + " times for " + bad + " bad items");
        }
        return counts;
    }

    private static boolean isBad(int i) {
        return i % BAD_EVERY == BAD_EVERY - 1;
    }

    /* A good item is an Integer; a bad one is a list that holds a Thread. */
    private static Object item(int i) {
        if (!isBad(i)) {
            return i;
        }
        ArrayList<Object> withThread = new ArrayList<>();
        withThread.add(i);
        withThread.add(Thread.currentThread());
        return withThread;
    }

    /* The Broken feeder: serialize later, in the background; on failure the item is just gone. */
    private static void feedLater(FrameLink link, Object item, AtomicLong failures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(item);
        } catch (NotSerializableException e) {
            failures.incrementAndGet(); // NOTE: the pitfall under test: the error stays in this thread, the item is dropped
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("P18 feeder: serialization failed", e);
        }
        byte[] frame = bytes.toByteArray();
        try {
            link.send(frame, 0, frame.length);
        } catch (IOException e) {
            throw new UncheckedIOException("P18 feeder: the pipe to the child failed", e);
        }
    }

    private static void requireClearMessage(IllegalArgumentException e) {
        if (!e.getMessage().contains(ArrayList.class.getName()) || !e.getMessage().contains("not Serializable")) {
            throw new IllegalStateException("P18: the put error does not name the class and the reason: " + e.getMessage(), e);
        }
    }
}
