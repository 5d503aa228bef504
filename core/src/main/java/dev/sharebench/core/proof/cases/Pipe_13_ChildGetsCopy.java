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
import dev.sharebench.core.wire.PeerClosedException;
import dev.sharebench.core.wire.StreamFrameLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/*
 * Proof 13, a child gets a copy: the parent sends its list to a child JVM, the child changes it
 * (sets element 0 to 99 and appends 4). Anything that crosses a process boundary is copied
 * (serialized by the suite's process-queue here, pickled in Python's multiprocessing): the child changes ITS copy, and the
 * parent's list stays [1, 2, 3]. Code that expects the parent's object to change is the pitfall.
 *
 * Broken: after each round trip the parent looks at its own list for the change: never there.
 * Fixed: the child sends its result back and the parent uses what came back: always there. Both
 * variants check that the parent's list is unchanged and the child's copy was changed, so the
 * record proves "copy", not "the child did nothing".
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P13
 */
public final class Pipe_13_ChildGetsCopy implements Proof {

    static final int TRIALS = 200;
    static final List<Integer> ORIGINAL = List.of(1, 2, 3);
    static final List<Integer> CHANGED = List.of(99, 2, 3, 4);

    static final int QUEUE_CAPACITY = 16;
    static final int MAX_ITEM_BYTES = 4096;

    /** The child: takes a list from its queue, changes it, puts it back; until the parent closes. */
    public static final class MutatorRole implements ChildRole {
        @Override
        @SuppressWarnings("unchecked")
        public void run(ChildContext ctx) throws Exception {
            ctx.ready("");
            try (ProcessQueue q = new ProcessQueue(new StreamFrameLink(ctx.stdin(), ctx.stdout()), QUEUE_CAPACITY, MAX_ITEM_BYTES)) {
                while (true) {
                    ArrayList<Integer> received = (ArrayList<Integer>) q.take();
                    received.set(0, 99);
                    received.add(4);
                    q.put(received);
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
    @SuppressWarnings("unchecked")
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = new Counts()
                .declare("changes-seen", Grade.ACCEPTABLE, "The parent saw the child's change, in the list the child sent back.")
                .declareBug(variant, "changes-lost", "The parent looked at its own list: the child changed a copy, the parent's list is as it was.");
        ArrayList<Integer> mine = new ArrayList<>(ORIGINAL);
        try (ChildProcess child = ChildProcess.start(MutatorRole.class, List.of(), Duration.ofSeconds(30));
             ProcessQueue q = new ProcessQueue(new StreamFrameLink(child.stdout(), child.stdin()), QUEUE_CAPACITY, MAX_ITEM_BYTES)) {
            for (int i = 0; i < TRIALS * mode.scale(); i++) {
                child.beginWait();
                q.put(mine);
                List<Integer> fromChild = (List<Integer>) q.take();
                child.endWait();
                if (!CHANGED.equals(fromChild) || !ORIGINAL.equals(mine)) {
                    throw new IllegalStateException("P13: child sent " + fromChild + " (want " + CHANGED + "), parent holds " + mine
                            + " (want " + ORIGINAL + ")");
                }
                List<Integer> looked = variant == Variant.BROKEN ? mine : fromChild;
                counts.count(looked.equals(CHANGED) ? "changes-seen" : "changes-lost");
            }
        }
        return counts;
    }
}
