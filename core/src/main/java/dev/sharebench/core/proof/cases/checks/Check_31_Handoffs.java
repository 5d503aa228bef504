package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.floor.PingPongCell;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.FloorArgs;
import dev.sharebench.core.workload.Floors;
import dev.sharebench.core.workload.HandoffArgs;
import dev.sharebench.core.workload.Handoffs;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/*
 * Check 31, handoffs deliver each item once and in order: every alias of the handoff factory (the
 * JDK queues, our off-heap ring, JCTools, the Disruptor) carries the sequence 0, 1, 2, ... from one
 * producer thread to one consumer thread through a small queue (capacity 64, so the producer often
 * finds it full); the consumer checks that each item is the next number. A lost, duplicated or
 * reordered item is "wrong", and so is every item the producer handed over that never arrived: once
 * the producer is done, the consumer waits at most LOST_AFTER for the rest, then counts what is
 * missing (a lost item costs LOST_AFTER, not a timeout). The hardware floor (cache-line-pingpong) is
 * checked the same way: every echo must be the number just sent. Each item is a trial; a run carries
 * at least MIN_ITEMS and past them at most ITEMS or TIME (quick; none in sanity, the tests' pipeline
 * check: StressBudget).
 *
 * The wait strategy is the gentlest the alias supports (block, then park, then yield, then spin):
 * the check is about delivery, and a spinning pair on this 2-vCPU machine only slows everything else.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P31
 */
public final class Check_31_Handoffs extends MechanismCheck {

    static final int CAPACITY = 64;
    static final long MIN_ITEMS = 2_000;
    static final long ITEMS = 200_000;
    static final Duration TIME = Duration.ofSeconds(1);
    /* How long the consumer waits, after the producer is done, for an item that has not arrived. */
    static final Duration LOST_AFTER = Duration.ofMillis(200);
    static final List<WaitStrategy> GENTLEST_FIRST = List.of(WaitStrategy.BLOCK, WaitStrategy.PARK, WaitStrategy.YIELD, WaitStrategy.SPIN);

    private final Factory<HandoffArgs, Handoff> handoffs;
    private final Factory<FloorArgs, PingPongCell> floors;

    public Check_31_Handoffs() {
        super("P31");
        this.handoffs = Handoffs.FACTORY;
        this.floors = Floors.FACTORY;
    }

    /** Runs every alias of {@code handoffs} and {@code floors} (for planted faults). */
    Check_31_Handoffs(Factory<HandoffArgs, Handoff> handoffs, Factory<FloorArgs, PingPongCell> floors) {
        super("P31", handoffs, floors);
        this.handoffs = handoffs;
        this.floors = floors;
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        return AliasOutcomes.each(aliases(), "the item arrived once, in order.", "an item was lost, duplicated or out of order.",
                (alias, out) -> {
                    if (floors.aliases().contains(alias)) {
                        pingPong(alias, out, mode);
                    } else {
                        handOff(alias, out, mode);
                    }
                });
    }

    static WaitStrategy gentlest(Factory<HandoffArgs, Handoff> handoffs, String alias) {
        Set<WaitStrategy> allowed = handoffs.waits(alias);
        return GENTLEST_FIRST.stream().filter(allowed::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException(alias + " declares no wait strategy"));
    }

    private void handOff(String alias, AliasOutcomes out, Mode mode) throws Exception {
        try (Handoff h = handoffs.create(alias, new HandoffArgs(CAPACITY, gentlest(handoffs, alias)))) {
            out.ran(alias);
            AtomicLong produced = new AtomicLong();
            AtomicLong doneAt = new AtomicLong(); // when the producer finished (0: still producing)
            AtomicLong received = new AtomicLong();
            StressBudget budget = StressBudget.start(MIN_ITEMS, ITEMS, TIME, mode);
            // The consumer stops when it has every item the producer handed over, or LOST_AFTER after the producer is done.
            BooleanSupplier finished = () -> {
                long done = doneAt.get();
                return done != 0 && (received.get() >= produced.get() || System.nanoTime() - done > LOST_AFTER.toNanos());
            };
            TwoThreads.run(Duration.ofSeconds(60), () -> {
                long i = 0;
                while (budget.more(i) && h.send(i, () -> false)) {
                    produced.set(++i);
                }
                doneAt.set(System.nanoTime());
                return null;
            }, () -> {
                long expected = 0;
                while (!finished.getAsBoolean()) {
                    long item = h.receive(finished);
                    if (item == Handoff.NONE) {
                        continue;
                    }
                    out.check(alias, item == expected, "received " + item + " where " + expected + " was next");
                    expected = item + 1;
                    received.incrementAndGet();
                }
                return null;
            });
            long missing = produced.get() - received.get();
            if (missing > 0) {
                out.wrong(alias, missing, missing + " of " + produced.get() + " items handed over never arrived (waited "
                        + LOST_AFTER.toMillis() + " ms after the last)");
            }
        }
    }

    /* The floor: one thread pings 1, 2, 3, ..., the other echoes; every echo must be the number sent. */
    private void pingPong(String alias, AliasOutcomes out, Mode mode) throws Exception {
        PingPongCell cell = floors.create(alias, FloorArgs.HEADLINE);
        out.ran(alias);
        AtomicBoolean done = new AtomicBoolean();
        StressBudget budget = StressBudget.start(MIN_ITEMS, ITEMS, TIME, mode);
        TwoThreads.run(Duration.ofSeconds(60), () -> {
            long n = 0;
            while (budget.more(n)) {
                long echo = cell.ping(++n, () -> false);
                out.check(alias, echo == n && cell.lastResponse() == n, "pinged " + n + ", echo " + echo);
            }
            done.set(true);
            return null;
        }, () -> {
            long last = 0;
            while (!done.get()) {
                long got = cell.pong(last, done::get);
                if (got >= 0) {
                    last = got;
                }
            }
            return null;
        });
    }
}
