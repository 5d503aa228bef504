package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.RoundTripArgs;
import dev.sharebench.core.workload.RoundTrips;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/*
 * Check 33, cross-process round trips: every alias of the round-trip factory (shared memory with
 * each wait strategy, pipe, FIFO, process queue, Unix and TCP sockets, the manager over either, RMI)
 * runs in a fresh child JVM at both placements (same-cpu: both ends on one vCPU; cross-cpu: one
 * each) and sends 1, 2, 3, ...; each answer must be RoundTrip.reply of the value sent (the value plus
 * one: a mechanism that hands back its own argument, or the answer to the previous request, fails
 * here even if its own check is wrong). The reply is one a caller could compute itself, so the peer
 * also counts what it answered through a channel the mechanism does not own (process.PeerWitness:
 * a file per child process); that count must equal the round trips made, one more trial per run.
 * It shows the peer answered every request; it cannot show that the caller used the answer (a
 * caller that asks its peer and then returns its own v + 1 would pass). After the last placement's run the
 * peer is killed (SIGKILL, as a crash would) and one more round trip must FAIL within
 * PEER_DEATH_LIMIT: returning a value, or hanging, counts "wrong". Each answer, each kill test and each witness count is
 * a trial. The benchmarks run the same objects, so a number in the report comes from a mechanism that passed this.
 *
 * Each run lasts at least MIN_ROUND_TRIPS and past them at most TIME (quick; none in sanity, x20 in
 * full: StressBudget), so the check's time does not depend on the slowest mechanism (spinning on one
 * vCPU can take milliseconds per round trip). Most of its time is the child JVMs' start-up (2 per
 * alias in quick) and the killed peer's detection, not the round trips.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P33
 */
public final class Check_33_RoundTrips extends MechanismCheck {

    static final List<Placement> PLACEMENTS = List.of(Placement.SAME_CPU, Placement.CROSS_CPU);
    static final int MIN_ROUND_TRIPS = 50;
    static final int MAX_ROUND_TRIPS = 20_000;
    static final Duration TIME = Duration.ofMillis(50);
    static final Duration PEER_DEATH_LIMIT = Duration.ofSeconds(30);

    private final Factory<RoundTripArgs, RoundTrip> roundTrips;

    public Check_33_RoundTrips() {
        super("P33");
        this.roundTrips = RoundTrips.FACTORY;
    }

    /** Runs every alias of {@code roundTrips} (for planted faults). */
    Check_33_RoundTrips(Factory<RoundTripArgs, RoundTrip> roundTrips) {
        super("P33", roundTrips);
        this.roundTrips = roundTrips;
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Counts counts = AliasOutcomes.each(aliases(), "the answer was the peer's reply to the value sent; after the peer was killed, the next round trip threw.",
                "an answer was wrong, the mechanism failed, or a round trip to a killed peer returned or hung.", (alias, out) -> {
                    // sanity (the tests' mode) checks the last placement only, with the kill: half the child JVMs
                    List<Placement> placements = mode == Mode.SANITY ? List.of(PLACEMENTS.getLast()) : PLACEMENTS;
                    for (Placement p : placements) {
                        stress(alias, p, out, mode, p == placements.getLast());
                    }
                });
        return counts;
    }

    /*
     * Round trips at one placement; at the last placement the same session then has its peer killed.
     * The mechanism is created inside a peer witness: its peer process counts the requests it
     * answered into a file the mechanism never reads, and that count must equal the round trips made
     * here (a caller that computes reply(v) itself, without its peer, fails this however right its
     * answers look).
     */
    private void stress(String alias, Placement placement, AliasOutcomes out, Mode mode, boolean thenKill) throws Exception {
        NewChildren children = NewChildren.snapshot();
        try (PeerWitness witness = PeerWitness.open()) {
            RoundTrip rt = roundTrips.create(alias, new RoundTripArgs(placement));
            try (Placement.Pinning pinned = placement.pinCurrentThread()) {
                out.ran(alias);
                long servedBefore = witness.total(PeerWitness.Seen.SERVED); // set-up calls (a manager's preload)
                StressBudget budget = StressBudget.start(MIN_ROUND_TRIPS, MAX_ROUND_TRIPS, TIME, mode);
                long sent = 0;
                while (budget.more(sent)) {
                    long v = ++sent;
                    long answer = rt.roundTrip(v);
                    out.check(alias, answer == RoundTrip.reply(v), placement.alias() + ": sent " + v + ", answer " + answer
                            + " (the peer replies " + RoundTrip.reply(v) + ")");
                }
                if (thenKill) {
                    out.check(alias, killAndTry(alias, rt, children), "after its peer was killed, a round trip returned or hung");
                }
                long served = witness.total(PeerWitness.Seen.SERVED) - servedBefore;
                out.check(alias, served == sent, placement.alias() + ": its peer answered " + served + " of the " + sent
                        + " round trips made (peer witness)");
            } finally {
                closeAfter(rt, thenKill);
            }
        }
    }

    /* Kills the peer (SIGKILL, as a crash would), then one more round trip must throw within PEER_DEATH_LIMIT. */
    private static boolean killAndTry(String alias, RoundTrip rt, NewChildren children) throws Exception {
        if (children.killAll() == 0) {
            throw new IllegalStateException(alias + ": no child process to kill");
        }
        // Its own daemon thread, not the common pool: a round trip that hangs must not hold up the next alias.
        CompletableFuture<Long> next = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("sharebench-p33-after-kill").start(() -> {
            try {
                next.complete(rt.roundTrip(Long.MAX_VALUE / 2));
            } catch (Throwable t) {
                next.completeExceptionally(t);
            }
        });
        try {
            next.get(PEER_DEATH_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return false; // a round trip to a dead peer returned a value
        } catch (ExecutionException threw) {
            return true;
        } catch (TimeoutException hung) {
            next.cancel(true);
            return false;
        }
    }

    private static void closeAfter(RoundTrip rt, boolean peerKilled) {
        if (!peerKilled) {
            rt.close();
            return;
        }
        try {
            rt.close();
        } catch (RuntimeException closingADeadPeer) {
            // NOTE: expected: closing may report the peer this check killed; the verdict is the round trip's.
        }
    }
}
