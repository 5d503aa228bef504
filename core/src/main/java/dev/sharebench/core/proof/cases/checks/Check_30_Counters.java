package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.CounterArgs;
import dev.sharebench.core.workload.Counters;
import dev.sharebench.core.workload.Factory;
import java.time.Duration;

/*
 * Check 30, counters lose no update: every alias the counter factory registers (the locks, the
 * atomics, LongAdder, the off-heap segment, thread-local cells, the owner thread behind a queue) is
 * created through the factory and driven by two threads that each add 1 N times. After both threads
 * are joined, sum() must be exactly 2N. Each add is a trial: the total counts as "ok", what is
 * missing (or extra) as "wrong". Proof 1 shows the count++ this replaces.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P30
 */
public final class Check_30_Counters extends MechanismCheck {

    static final int ADDS_PER_THREAD = 50_000;

    private final Factory<CounterArgs, SharedCounter> counters;

    public Check_30_Counters() {
        super("P30");
        this.counters = Counters.FACTORY;
    }

    /** Runs every alias of {@code counters} (for planted faults). */
    Check_30_Counters(Factory<CounterArgs, SharedCounter> counters) {
        super("P30", counters);
        this.counters = counters;
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        long n = (long) ADDS_PER_THREAD * mode.scale();
        return AliasOutcomes.each(aliases(), "the add is in the total after both threads joined.",
                "an add is missing from (or extra in) the total.", (alias, out) -> {
                    try (SharedCounter c = counters.create(alias, new CounterArgs(2))) {
                        out.ran(alias);
                        TwoThreads.run(Duration.ofSeconds(60), () -> addAll(c, n), () -> addAll(c, n));
                        long sum = c.sum();
                        long expected = 2 * n;
                        out.ok(alias, Math.min(sum, expected));
                        if (sum != expected) {
                            out.wrong(alias, Math.abs(expected - sum), "sum " + sum + " after 2 x " + n + " adds of 1");
                        }
                    }
                });
    }

    private static Void addAll(SharedCounter c, long n) {
        for (long i = 0; i < n; i++) {
            c.add(1);
        }
        return null;
    }
}
