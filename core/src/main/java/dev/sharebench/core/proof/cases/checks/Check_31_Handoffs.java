package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.contract.PingPong;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.RunSubject;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.FloorArgs;
import dev.sharebench.core.workload.Floors;
import dev.sharebench.core.workload.HandoffArgs;
import dev.sharebench.core.workload.Handoffs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/*
 * Check 31, handoffs deliver each item once and in order, in every setup the benchmarks measure:
 *
 * - Every alias of the handoff factory (the JDK queues, our off-heap ring, JCTools, the Disruptor),
 *   under EVERY wait strategy it declares (spin, yield, park: HandoffBench's polling group; block:
 *   its blocking group), carries the sequence 0, 1, 2, ... from one producer thread to one consumer
 *   thread through a small queue (capacity 64, so the producer often finds it full); the consumer
 *   checks that each item is the next number. A lost, duplicated or reordered item is "wrong", and
 *   so is every item the producer handed over that never arrived: once the producer is done, the
 *   consumer waits at most LOST_AFTER for the rest, then counts what is missing (a lost item costs
 *   LOST_AFTER, not a timeout).
 * - The hardware floor (cache-line-pingpong) in every FloorBench variant: layout one-line/two-lines
 *   x pause on/off x placement cross-cpu/os (pinned as FloorBench pins). The pinger sends 1, 2, 3,
 *   ... and checks each answer is reply(n) = n + 1, which only a ponger that read the request
 *   computes (an echo, the pinger's own argument or the previous answer is "wrong"); the ponger
 *   checks each request is the previous one + 1 (a request it never saw is "wrong"); at the end the
 *   ponger must have answered the last request. A request with no new answer within NO_ANSWER_AFTER
 *   is "wrong" and ends that setup (a ponger that skipped it or repeated its last answer).
 *
 * Each setup is an outcome subject of its own ("disruptor [waitStrategy=spin]: ok", RunSubject), so
 * the record says exactly which (alias, setup) it ran and how each fared, and the report cites it
 * for a recommended row only with that row's setup. Each item or round trip is a trial; a setup runs
 * at least MIN_ITEMS and past them at most ITEMS or its share of TIME (an alias's TIME is shared by
 * its setups; quick: 1 s; none in sanity, the tests' pipeline check: StressBudget).
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
    /* How long the pinger waits for a new answer: long enough for a ponger preempted a few scheduler slices. */
    static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(1);
    /* FloorBench's placements (it refuses same-cpu: two spinners on one CPU progress only by preemption). */
    static final List<Placement> FLOOR_PLACEMENTS = List.of(Placement.CROSS_CPU, Placement.OS);
    /* The benchmarks' @Param names for a setup. */
    static final String WAIT = "waitStrategy";
    static final String PLACEMENT = "placement";

    private final Factory<HandoffArgs, Handoff> handoffs;
    private final Factory<FloorArgs, ? extends PingPong> floors;

    public Check_31_Handoffs() {
        super("P31");
        this.handoffs = Handoffs.FACTORY;
        this.floors = Floors.FACTORY;
    }

    /** Runs every alias of {@code handoffs} and {@code floors} (for planted faults). */
    Check_31_Handoffs(Factory<HandoffArgs, Handoff> handoffs, Factory<FloorArgs, ? extends PingPong> floors) {
        super("P31", handoffs, floors);
        this.handoffs = handoffs;
        this.floors = floors;
    }

    /* One setup of one alias: its subject and how to run it. */
    private record Setup(RunSubject subject, AliasOutcomes.AliasRun body) {
    }

    /** Every (alias, setup) this check runs, in order. */
    List<RunSubject> subjects() {
        return setups(Mode.SANITY).stream().map(Setup::subject).toList();
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        Map<String, AliasOutcomes.AliasRun> bySubject = new LinkedHashMap<>();
        setups(mode).forEach(s -> bySubject.put(s.subject().toString(), s.body()));
        return AliasOutcomes.each(List.copyOf(bySubject.keySet()), "every item arrived once, in order.",
                "an item was lost, duplicated or out of order, or an answer was not the peer's.",
                (subject, out) -> bySubject.get(subject).run(subject, out));
    }

    private List<Setup> setups(Mode mode) {
        List<Setup> out = new ArrayList<>();
        for (String alias : aliases()) {
            if (floors.aliases().contains(alias)) {
                int setups = FloorArgs.ALL.size() * FLOOR_PLACEMENTS.size();
                for (FloorArgs args : FloorArgs.ALL) {
                    for (Placement p : FLOOR_PLACEMENTS) {
                        String[] params = Stream.concat(args.params().stream(), Stream.of(PLACEMENT, p.alias())).toArray(String[]::new);
                        out.add(new Setup(RunSubject.of(alias, params), (s, o) -> pingPong(alias, args, p, s, o, budget(mode, setups))));
                    }
                }
            } else {
                int setups = handoffs.waits(alias).size();
                for (WaitStrategy w : handoffs.waits(alias)) {
                    out.add(new Setup(RunSubject.of(alias, WAIT, w.alias()), (s, o) -> handOff(alias, w, s, o, budget(mode, setups))));
                }
            }
        }
        return out;
    }

    /* A setup's budget, started when it runs: the alias's TIME shared by its setups. */
    private static Supplier<StressBudget> budget(Mode mode, int setups) {
        return () -> StressBudget.start(MIN_ITEMS, ITEMS, TIME.dividedBy(setups), mode);
    }

    private void handOff(String alias, WaitStrategy wait, String subject, AliasOutcomes out,
                         Supplier<StressBudget> budgets) throws Exception {
        try (Handoff h = handoffs.create(alias, new HandoffArgs(CAPACITY, wait))) {
            out.ran(alias);
            AtomicLong produced = new AtomicLong();
            AtomicLong doneAt = new AtomicLong(); // when the producer finished (0: still producing)
            AtomicLong received = new AtomicLong();
            StressBudget budget = budgets.get();
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
                    out.check(subject, item == expected, "received " + item + " where " + expected + " was next");
                    expected = item + 1;
                    received.incrementAndGet();
                }
                return null;
            });
            long missing = produced.get() - received.get();
            if (missing > 0) {
                out.wrong(subject, missing, missing + " of " + produced.get() + " items handed over never arrived (waited "
                        + LOST_AFTER.toMillis() + " ms after the last)");
            }
        }
    }

    /* What the ponger saw, read by the checking thread after both threads joined. */
    private static final class PongerLog {
        long last;     // the last request it answered
        long gaps;     // requests that were not the previous one + 1
        String first;  // the first such request, in words
    }

    private void pingPong(String alias, FloorArgs args, Placement placement, String subject, AliasOutcomes out,
                          Supplier<StressBudget> budgets) throws Exception {
        PingPong cell = floors.create(alias, args);
        out.ran(alias);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong sent = new AtomicLong(); // the last request the pinger sent
        PongerLog ponger = new PongerLog();
        StressBudget budget = budgets.get();
        TwoThreads.run(Duration.ofSeconds(60), () -> {
            try (Placement.Pinning pin = placement.pinCurrentThread()) {
                for (long n = 1; budget.more(n - 1); n++) {
                    sent.set(n);
                    long giveUpAt = System.nanoTime() + NO_ANSWER_AFTER.toNanos();
                    long answer = cell.ping(n, () -> System.nanoTime() - giveUpAt > 0);
                    if (answer == PingPong.STOPPED) {
                        out.wrong(subject, 1, "request " + n + " got no new answer within " + NO_ANSWER_AFTER.toMillis()
                                + " ms (the ponger skipped it or repeated its last answer)");
                        break;
                    }
                    out.check(subject, answer == PingPong.reply(n), "request " + n + " answered " + answer + " (a ponger replies "
                            + PingPong.reply(n) + ")");
                }
            } finally {
                done.set(true);
            }
            return null;
        }, () -> {
            try (Placement.Pinning pin = placement.pinCurrentThreadAsPeer()) {
                long last = 0;
                long n;
                while ((n = cell.pong(last, done::get)) != PingPong.STOPPED || !done.get()) {
                    if (n == PingPong.STOPPED) {
                        continue;
                    }
                    if (n != last + 1 && ponger.gaps++ == 0) {
                        ponger.first = "the ponger saw request " + n + " after " + last;
                    }
                    last = n;
                }
                ponger.last = last;
            }
            return null;
        });
        if (ponger.gaps > 0) {
            out.wrong(subject, ponger.gaps, ponger.first + " (a request it never saw: answered by someone else, or lost)");
        }
        if (ponger.last != sent.get()) {
            out.wrong(subject, 1, "the pinger's last request was " + sent.get() + ", the ponger's last answer was to " + ponger.last);
        }
    }
}
