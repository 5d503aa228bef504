package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
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
 * each) and sends 1, 2, 3, ...; each echo must be the value sent (the mechanism checks it and throws
 * otherwise). Then the peer is killed (SIGKILL, as a crash would) and one more round trip must FAIL
 * within PEER_DEATH_LIMIT: returning a value, or hanging, is "peer death missed". The benchmarks run
 * the same objects, so a number in the report comes from a mechanism that passed this.
 *
 * Each run lasts at least MIN_ROUND_TRIPS and at most TIME (spinning on one vCPU can take
 * milliseconds per round trip), so the check's time does not depend on the slowest mechanism.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P33
 */
public final class Check_33_RoundTrips extends MechanismCheck {

    static final List<Placement> PLACEMENTS = List.of(Placement.SAME_CPU, Placement.CROSS_CPU);
    static final int MIN_ROUND_TRIPS = 50;
    static final int MAX_ROUND_TRIPS = 20_000;
    static final Duration TIME = Duration.ofMillis(150);
    static final Duration PEER_DEATH_LIMIT = Duration.ofSeconds(30);

    public Check_33_RoundTrips() {
        super("P33");
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        List<String> aliases = info().aliases();
        Counts counts = AliasOutcomes.each(aliases, "the echo was the value sent.", "an echo was wrong, or the mechanism failed.",
                (alias, out) -> {
                    for (Placement p : PLACEMENTS) {
                        stress(alias, p, out, TIME.toNanos() * mode.scale());
                    }
                });
        // The killed-peer outcomes are declared after the echo outcomes, one pair per alias.
        return killedPeers(aliases, counts);
    }

    private static void stress(String alias, Placement placement, AliasOutcomes out, long maxNanos) throws Exception {
        try (RoundTrip rt = RoundTrips.create(alias, placement.alias());
             Placement.Pinning pinned = placement.pinCurrentThread()) {
            out.ran(alias);
            long deadline = System.nanoTime() + maxNanos;
            for (long v = 1; v <= MAX_ROUND_TRIPS && (v <= MIN_ROUND_TRIPS || System.nanoTime() < deadline); v++) {
                long echo = rt.roundTrip(v);
                out.check(alias, echo == v, placement.alias() + ": sent " + v + ", echo " + echo);
            }
        }
    }

    /* Per alias: open at the OS's placement, one good round trip, kill the peer, then the next round trip must fail. */
    private static Counts killedPeers(List<String> aliases, Counts counts) {
        for (String alias : aliases) {
            counts.declare(alias + ": peer death detected", Grade.ACCEPTABLE, alias + ": after the peer was killed, the next round trip threw.");
            counts.declare(alias + ": peer death missed", Grade.FORBIDDEN, alias + ": after the peer was killed, the next round trip returned or hung.");
        }
        for (String alias : aliases) {
            String outcome;
            try {
                outcome = killAndTry(alias) ? "peer death detected" : "peer death missed";
            } catch (Exception e) {
                outcome = "peer death missed";
                counts.describe(alias + ": " + outcome, alias + ": the kill test could not run: " + e);
            }
            counts.count(alias + ": " + outcome);
        }
        return counts;
    }

    private static boolean killAndTry(String alias) throws Exception {
        NewChildren children = NewChildren.snapshot();
        RoundTrip rt = RoundTrips.create(alias, Placement.OS.alias());
        try {
            if (rt.roundTrip(1) != 1) {
                throw new IllegalStateException(alias + ": the first echo was wrong");
            }
            if (children.killAll() == 0) {
                throw new IllegalStateException(alias + ": no child process to kill");
            }
            // Its own daemon thread, not the common pool: a round trip that hangs must not hold up the next alias.
            CompletableFuture<Long> next = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("sharebench-p33-after-kill").start(() -> {
                try {
                    next.complete(rt.roundTrip(2));
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
        } finally {
            try {
                rt.close();
            } catch (RuntimeException closingADeadPeer) {
                // NOTE: expected: closing reports the peer this check killed; the verdict is the round trip's.
            }
        }
    }
}
