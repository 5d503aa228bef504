package dev.sharebench.core.proof.cases;

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
import dev.sharebench.core.proof.xproc.ObjectFrames;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/*
 * Proof 18, an unserializable payload: the parent sends items to a child process; every tenth item
 * holds a field that cannot be serialized (a Thread, standing in for a lock, a socket, a lambda).
 *
 * Broken: put() hands the item to a background feeder thread that serializes and writes it later,
 * the design of Python's multiprocessing.Queue. put() returns at once; the feeder fails, logs and
 * drops the item, and the caller never learns: the consumer simply never receives it. Fixed: put()
 * serializes in the caller's thread before anything is sent (ObjectFrames), so it throws at once,
 * naming the class that cannot be sent, and the caller decides. Outcomes per bad item: rejected at
 * put, or silently dropped; the child's count of received items checks that no good item is lost.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P18
 */
public final class Manager_18_Unserializable implements Proof {

    static final int ITEMS = 500;
    static final int BAD_EVERY = 10;

    /** A good item. */
    record Item(int seq) implements Serializable {
    }

    /** A bad item: Serializable on its face, but its Thread field is not. */
    record ItemWithThread(int seq, Thread owner) implements Serializable {
    }

    /** The child: counts the items it receives and reports the count when its input ends. */
    public static final class ConsumerRole implements ChildRole {
        @Override
        public void run(ChildContext ctx) throws Exception {
            DataInputStream in = new DataInputStream(new BufferedInputStream(ctx.stdin()));
            ctx.ready("");
            long received = 0;
            while (ObjectFrames.read(in) != null) {
                received++;
            }
            ctx.report(Long.toString(received));
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
        long rejected = 0;
        long bad = 0;
        AtomicLong feederFailures = new AtomicLong();
        try (ChildProcess child = ChildProcess.start(ConsumerRole.class, List.of(), Duration.ofSeconds(30))) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(child.stdin()));
            try (ExecutorService feeder = Executors.newSingleThreadExecutor()) {
                for (int i = 0; i < items; i++) {
                    boolean isBad = i % BAD_EVERY == BAD_EVERY - 1;
                    Object item = isBad ? new ItemWithThread(i, Thread.currentThread()) : new Item(i);
                    bad += isBad ? 1 : 0;
                    good += isBad ? 0 : 1;
                    if (variant == Variant.BROKEN) {
                        feeder.submit(() -> feed(out, item, feederFailures));
                    } else {
                        try {
                            ObjectFrames.writeFrame(out, ObjectFrames.serialize("put(item " + i + ")", item));
                        } catch (IllegalArgumentException clearError) {
                            requireClearMessage(clearError);
                            rejected++;
                        }
                    }
                }
                feeder.shutdown();
                if (!feeder.awaitTermination(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("P18: the feeder thread did not finish in 60 s");
                }
            }
            out.close(); // end of input: the child reports what it received
            long received = Long.parseLong(child.awaitReport(Duration.ofSeconds(30)));
            long deliveredGood = Math.min(received, good);
            counts.add("delivered", deliveredGood);
            counts.add("good-item-lost", good - deliveredGood);
            counts.add("rejected-at-put", rejected);
            counts.add("silently-dropped", bad - rejected - (received - deliveredGood));
            if (received > good) {
                throw new IllegalStateException("P18: the child received " + received + " items, only " + good + " were serializable");
            }
        }
        if (variant == Variant.BROKEN && feederFailures.get() != bad) {
            throw new IllegalStateException("P18: the feeder failed " + feederFailures.get() + " times for " + bad + " bad items");
        }
        return counts;
    }

    /* The Broken feeder: serialize and write later; on failure, log and drop (what the pitfall does). */
    private static void feed(DataOutputStream out, Object item, AtomicLong failures) {
        byte[] frame;
        try {
            frame = ObjectFrames.serialize("feeder", item);
        } catch (IllegalArgumentException e) {
            failures.incrementAndGet(); // NOTE: the pitfall under test: the error stays in this thread, the item is gone
            return;
        }
        try {
            ObjectFrames.writeFrame(out, frame);
        } catch (IOException e) {
            throw new UncheckedIOException("P18 feeder: the pipe to the child failed", e);
        }
    }

    private static void requireClearMessage(IllegalArgumentException e) {
        if (!e.getMessage().contains(ItemWithThread.class.getName()) || !e.getMessage().contains("not Serializable")) {
            throw new IllegalStateException("P18: the put error does not name the class and the reason: " + e.getMessage(), e);
        }
    }
}
