package dev.sharebench.core.proof.cases;

import dev.sharebench.core.manager.Codec;
import dev.sharebench.core.manager.ManagerClient;
import dev.sharebench.core.manager.ManagerSession;
import dev.sharebench.core.manager.SharedMap;
import dev.sharebench.core.pipe.FrameTransport;
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
import dev.sharebench.core.wire.FrameLink;
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.SerialAllowlist;
import dev.sharebench.core.wire.StreamFrameLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/*
 * Proof 13, a child gets a copy: whatever carries an object to another process copies it (the
 * suite's transports serialize it; Python's multiprocessing pickles it). Run over every transport
 * that carries copies: pipe, fifo, uds and tcp (one serialized list per frame), process-queue, and
 * the manager (manager-uds).
 *
 * Pipe, fifo, uds, tcp, process-queue: the parent sends its list [1, 2, 3] to a child JVM; the
 * child changes what it received (element 0 := 99, append 4) and sends back, over the transport,
 * the list it now holds.
 *   Broken, as people write it: the parent takes the child's answer as "done" and looks at its own
 *   list, expecting the change there. (A trial whose answer is not the change proves nothing about
 *   the parent's list, so Broken stops with an error then: "change lost" counts only changes the
 *   child made.)
 *   Fixed: the parent uses the list the child sent back, and counts whatever arrived: a child or
 *   transport that loses the change is "change lost" (FORBIDDEN), a garbled list "other list".
 * Manager: the list lives in the manager server; a second client (another connection; in
 * production another process) changes it, and the parent reads it back over the transport.
 *   Broken, the classic proxy mistake (Python: d["list"].append(4)): the mutator changes what
 *   get() returned, a copy, and puts nothing back.
 *   Fixed: get, change, put back.
 * Each trial counts what the parent then SEES. The proof is deterministic (its catalogue entry says
 * so): a copy is a copy on every run, so its counts are repetitions, not a rate. Planted faults
 * (ChildGetsCopyFaultsTest): a child that sends back the original list, and a Fixed variant that
 * looks at its own list, each make the Fixed record "fix failed".
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P13
 */
public class Pipe_13_ChildGetsCopy implements Proof {

    static final int TRIALS = 30;
    static final List<Integer> ORIGINAL = List.of(1, 2, 3);
    static final List<Integer> CHANGED = List.of(99, 2, 3, 4);
    static final List<String> TRANSPORTS = List.of("pipe", "fifo", "uds", "tcp", "process-queue", "manager-uds");

    static final int QUEUE_CAPACITY = 16;
    static final int MAX_ITEM_BYTES = 4096;

    /** The child: takes a list, changes it, answers with the list it now holds; until the parent closes. */
    public static final class MutatorRole implements ChildRole {
        @Override
        @SuppressWarnings("unchecked")
        public void run(ChildContext ctx) throws Exception {
            String transport = ctx.arg(0, "transport");
            try (Carrier c = Carrier.childSide(transport, ctx)) {
                while (true) {
                    ArrayList<Integer> received = (ArrayList<Integer>) c.receive();
                    received.set(0, 99);
                    received.add(4);
                    c.send(received);
                }
            } catch (PeerClosedException parentClosed) {
                return;
            }
        }
    }

    @Override
    public ProofInfo info() {
        return ProofCatalog.find("P13").orElseThrow();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts();
        for (String t : transports()) {
            counts.declare(t + ": change seen", Grade.ACCEPTABLE, t + ": the parent saw the change, read back over the transport.")
                    .declareBug(variant, t + ": change lost", t + ": the parent saw the original list: the change was made to a copy.")
                    .declare(t + ": other list", Grade.FORBIDDEN, t + ": the parent saw a list that is neither the original nor the change.");
        }
        int trials = TRIALS * mode.scale();
        for (String t : transports()) {
            if (t.equals("manager-uds")) {
                overManager(variant, trials, counts);
            } else {
                overTransport(t, variant, trials, counts);
            }
        }
        return counts;
    }

    /* The transports this run drives (all of them; a planted-fault test may run fewer). */
    List<String> transports() {
        return TRANSPORTS;
    }

    /* The child that changes what it received (a planted-fault test substitutes one that does not send the change back). */
    Class<? extends ChildRole> mutator() {
        return MutatorRole.class;
    }

    /* The list the parent looks at after the child answered: Broken its own, Fixed the one sent back. */
    Object lookedAt(Variant variant, List<Integer> mine, Object answer) {
        return variant == Variant.BROKEN ? mine : answer;
    }

    private void overTransport(String transport, Variant variant, int trials, Counts counts) throws Exception {
        try (ChildProcess child = ChildProcess.start(mutator(), List.of(transport), Duration.ofSeconds(30));
             Carrier c = Carrier.parentSide(transport, child)) {
            counts.ran(transport);
            for (int i = 0; i < trials; i++) {
                ArrayList<Integer> mine = new ArrayList<>(ORIGINAL);
                child.beginWait();
                c.send(mine);
                Object answer = c.receive();
                child.endWait();
                if (variant == Variant.BROKEN && !CHANGED.equals(answer)) {
                    // NOTE: Broken's "change lost" must be a change the child made; Fixed counts whatever arrived
                    throw new IllegalStateException("P13 " + transport + ": the child reported " + answer + " after its change, not " + CHANGED);
                }
                see(transport, lookedAt(variant, mine, answer), counts);
            }
        }
    }

    private static void overManager(Variant variant, int trials, Counts counts) {
        try (ManagerSession manager = new ManagerSession("uds", Placement.OS);
             ManagerClient parentClient = manager.client(Codec.of("binary"));
             ManagerClient mutatorClient = manager.client(Codec.of("binary"))) {
            counts.ran("manager-uds");
            SharedMap parent = parentClient.proxy(SharedMap.class, "map");
            SharedMap mutator = mutatorClient.proxy(SharedMap.class, "map");
            for (int i = 0; i < trials; i++) {
                parent.put("list", new ArrayList<>(ORIGINAL));
                @SuppressWarnings("unchecked")
                List<Object> got = (List<Object>) mutator.get("list");
                got.set(0, 99);
                got.add(4);
                if (variant == Variant.FIXED) {
                    mutator.put("list", got);
                }
                see("manager-uds", parent.get("list"), counts);
            }
        }
    }

    private static void see(String transport, Object seen, Counts counts) {
        if (CHANGED.equals(seen)) {
            counts.count(transport + ": change seen");
        } else if (ORIGINAL.equals(seen)) {
            counts.count(transport + ": change lost");
        } else {
            counts.count(transport + ": other list");
            if (counts.countOf(transport + ": other list") == 1) {
                counts.describe(transport + ": other list", transport + ": the parent saw a list that is neither the original nor the change, first: " + seen);
            }
        }
    }

    /* One end of a copy-carrying transport: a process queue, or one serialized object per frame (package-visible for planted faults). */
    interface Carrier extends AutoCloseable {
        void send(Object o) throws Exception;

        Object receive() throws Exception;

        @Override
        void close() throws IOException;

        static Carrier childSide(String transport, ChildContext ctx) throws IOException {
            if (transport.equals("process-queue")) {
                ctx.ready("");
                return queue(new StreamFrameLink(ctx.stdin(), ctx.stdout()));
            }
            return frames(FrameTransport.of(transport).childSide(ctx, 0, MAX_ITEM_BYTES));
        }

        static Carrier parentSide(String transport, ChildProcess child) throws IOException {
            if (transport.equals("process-queue")) {
                return queue(new StreamFrameLink(child.stdout(), child.stdin()));
            }
            return frames(FrameTransport.of(transport).parentSide(child, 0, MAX_ITEM_BYTES));
        }

        private static Carrier queue(FrameLink link) {
            ProcessQueue q = new ProcessQueue(link, QUEUE_CAPACITY, MAX_ITEM_BYTES);
            return new Carrier() {
                public void send(Object o) throws InterruptedException {
                    q.put(o);
                }

                public Object receive() throws IOException {
                    return q.take();
                }

                public void close() throws IOException {
                    q.close();
                }
            };
        }

        private static Carrier frames(FrameLink link) {
            byte[] in = new byte[MAX_ITEM_BYTES];
            return new Carrier() {
                public void send(Object o) throws IOException {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                        out.writeObject(o);
                    }
                    link.send(bytes.toByteArray(), 0, bytes.size());
                }

                public Object receive() throws IOException, ClassNotFoundException {
                    int len = link.receive(in);
                    try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(in, 0, len))) {
                        ois.setObjectInputFilter(SerialAllowlist.forOneStream());
                        return ois.readObject();
                    }
                }

                public void close() throws IOException {
                    link.close();
                }
            };
        }
    }
}
