package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.contract.SharedMapWorkload;
import dev.sharebench.core.contract.StreamSender;
import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.CrossCounterArgs;
import dev.sharebench.core.workload.CrossCounters;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.SharedMapArgs;
import dev.sharebench.core.workload.SharedMaps;
import dev.sharebench.core.workload.StreamArgs;
import dev.sharebench.core.workload.Streams;
import java.time.Duration;

/*
 * Check 34, data across processes arrives whole: every alias of the cross-process counter, stream
 * and map factories, each in a fresh child JVM:
 *   - counters (mmap atomics, the CAS lock in the mapping, fcntl file lock, manager): this JVM adds
 *     while the child adds; finish() stops the child and checks total == ours + theirs; then this
 *     check reads the total again and compares it with ours + what the child told the peer witness;
 *   - streams (our ring, Agrona's ring, pipe, FIFO, Unix and TCP sockets): stamped payloads 1..N;
 *     the child checks every one (order, stamps) and finish() checks its count; this check takes
 *     the count of intact messages from the child's peer witness, not from finish();
 *   - maps (the manager over either socket): batches written and read back, every value checked
 *     (by the workload's step(): no independent count yet).
 * The peer witness (process.PeerWitness) is a file per child that the child writes and the
 * mechanism never reads, so a mechanism whose own verification lies still fails here.
 * A thrown check is "wrong" with its message; each add, message or map item is a trial. Proof 14
 * shows the in-JVM lock these replace; check 33 covers the same children dying.
 *
 * The counters add at least MIN_ADDS times and past them for at most ADDS_TIME (quick; none in
 * sanity; StressBudget), up to ADDS x the mode's scale: an mmap add takes nanoseconds and reaches
 * the cap, a manager add is a round trip to the server (~0.1 ms) and stops at the clock.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P34
 */
public final class Check_34_CrossProcessData extends MechanismCheck {

    static final long ADDS = 20_000;
    static final long MIN_ADDS = 2_000;
    static final Duration ADDS_TIME = Duration.ofMillis(250);
    static final int STREAM_MESSAGES = 2_000;
    static final int PAYLOAD_BYTES = 4_096;
    static final int MAP_ROUNDS = 50;
    static final int MAP_BATCH = 16;
    static final Placement PLACEMENT = Placement.OS;

    private final Factory<CrossCounterArgs, CrossCounter> counters;
    private final Factory<StreamArgs, StreamSender> streams;
    private final Factory<SharedMapArgs, SharedMapWorkload> maps;

    public Check_34_CrossProcessData() {
        super("P34");
        this.counters = CrossCounters.FACTORY;
        this.streams = Streams.FACTORY;
        this.maps = SharedMaps.FACTORY;
    }

    /** Runs every alias of the three factories (for planted faults). */
    Check_34_CrossProcessData(Factory<CrossCounterArgs, CrossCounter> counters, Factory<StreamArgs, StreamSender> streams,
                              Factory<SharedMapArgs, SharedMapWorkload> maps) {
        super("P34", counters, streams, maps);
        this.counters = counters;
        this.streams = streams;
        this.maps = maps;
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        int scale = mode.scale();
        return AliasOutcomes.each(aliases(), "the add, message or map item arrived intact.",
                "an add was lost, or a message or map item was missing or corrupt.", (alias, out) -> {
                    if (counters.aliases().contains(alias)) {
                        counter(alias, out, mode, ADDS * scale);
                    }
                    if (streams.aliases().contains(alias)) {
                        stream(alias, out, STREAM_MESSAGES * scale);
                    }
                    if (maps.aliases().contains(alias)) {
                        map(alias, out, MAP_ROUNDS * scale);
                    }
                });
    }

    /*
     * The mechanism's finish() stops its child and judges the total with the count the child sent
     * it. This check does not take its word: it reads the total again and compares it with its own
     * adds plus what the child told the peer witness (a file the mechanism never reads).
     */
    private void counter(String alias, AliasOutcomes out, Mode mode, long maxAdds) {
        try (PeerWitness witness = PeerWitness.open();
             CrossCounter c = counters.create(alias, new CrossCounterArgs(1, PLACEMENT))) {
            out.ran(alias);
            StressBudget budget = StressBudget.start(MIN_ADDS, maxAdds, ADDS_TIME, mode);
            long adds = 0;
            while (budget.more(adds)) {
                c.add(1);
                adds++;
            }
            long claimed = c.finish(adds); // throws, naming the lost updates, unless its total == ours + the child's
            long total = c.total();
            long theirs = witness.total(PeerWitness.Seen.ADDED);
            long lost = adds + theirs - total;
            if (lost == 0 && claimed == total) {
                out.ok(alias, adds);
            } else {
                out.ok(alias, Math.max(0, adds - Math.abs(lost)));
                out.wrong(alias, Math.max(1, Math.abs(lost)), "total " + total + " after this process alone added " + adds
                        + " and its peer " + theirs + " (peer witness); finish() said " + claimed);
            }
        }
    }

    /* The child's own count of the messages it verified intact, through the peer witness, against the messages sent. */
    private void stream(String alias, AliasOutcomes out, int messages) {
        try (PeerWitness witness = PeerWitness.open();
             StreamSender s = streams.create(alias, new StreamArgs(PAYLOAD_BYTES, 0, PLACEMENT))) {
            out.ran(alias);
            for (long seq = 1; seq <= messages; seq++) {
                s.send(seq);
            }
            long claimed = s.finish(messages); // the mechanism's word: the child's count as the mechanism reports it
            long verified = witness.total(PeerWitness.Seen.VERIFIED);
            out.ok(alias, Math.min(verified, messages));
            if (verified != messages || claimed != verified) {
                out.wrong(alias, Math.max(1, messages - verified), "the child verified " + verified + " of " + messages
                        + " messages sent (peer witness); finish() said " + claimed);
            }
        }
    }

    private void map(String alias, AliasOutcomes out, int rounds) {
        try (SharedMapWorkload m = maps.create(alias, new SharedMapArgs(SharedMaps.CODECS.getFirst(), MAP_BATCH, PLACEMENT))) {
            out.ran(alias);
            for (long r = 0; r < rounds; r++) {
                out.ok(alias, m.step(r)); // throws, naming the mechanism, when a value read back is wrong
            }
        }
    }
}
