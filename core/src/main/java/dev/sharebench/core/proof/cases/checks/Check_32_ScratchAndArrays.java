package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.BulkArrays;
import dev.sharebench.core.workload.Scratches;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/*
 * Check 32, private state stays private:
 *   - every scratch provider (thread-local, scoped-value, shared-locked, new-per-call, queue-pool)
 *     serves two threads running tasks at once; each use marks its instance busy and must find it
 *     free: two threads inside one instance at once is "wrong" (proof 10 shows the related bleed);
 *   - every bulk array (heap, direct buffer, off-heap and mapped segments) is written by two
 *     threads, each on its own half, with set, increment and addToRange; after both are joined,
 *     every element must hold exactly what its owner wrote (no torn, lost or stale value), and each
 *     half's sum must agree. Each use or element is a trial.
 *
 * Run: java -jar core/target/core.jar proofs --out DIR --only P32
 */
public final class Check_32_ScratchAndArrays extends MechanismCheck {

    static final int TASKS_PER_THREAD = 20_000;
    static final int LENGTH = 1 << 14;
    static final int ROUNDS = 20;

    /* A scratch instance that notices when two threads use it at once. */
    static final class Probe {
        final AtomicInteger users = new AtomicInteger();
    }

    public Check_32_ScratchAndArrays() {
        super("P32");
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        int scale = mode.scale();
        return AliasOutcomes.each(info().aliases(), "the use or element was private to its thread and correct.",
                "two threads shared an instance, or an element held a value its owner did not write.", (alias, out) -> {
                    if (Scratches.FACTORY.aliases().contains(alias)) {
                        scratch(alias, out, TASKS_PER_THREAD * scale);
                    } else {
                        bulk(alias, out, ROUNDS * scale);
                    }
                });
    }

    private static void scratch(String alias, AliasOutcomes out, int tasks) throws Exception {
        try (Scratch<Probe> s = Scratches.create(alias, Probe::new, 2)) {
            out.ran(alias);
            AtomicInteger overlaps = new AtomicInteger();
            AtomicInteger uses = new AtomicInteger();
            Runnable body = () -> {
                for (int i = 0; i < tasks; i++) {
                    s.task(() -> s.use(p -> {
                        if (p.users.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        Thread.onSpinWait();
                        p.users.decrementAndGet();
                        return uses.incrementAndGet();
                    }));
                }
            };
            TwoThreads.run(Duration.ofSeconds(60), () -> { body.run(); return null; }, () -> { body.run(); return null; });
            out.ok(alias, uses.get() - overlaps.get());
            if (overlaps.get() > 0 || uses.get() != 2 * tasks) {
                out.wrong(alias, Math.max(1, overlaps.get()), overlaps.get() + " overlapping uses, " + uses.get() + " of " + 2 * tasks + " uses ran");
            }
        }
    }

    private static void bulk(String alias, AliasOutcomes out, int rounds) throws Exception {
        try (BulkArray a = BulkArrays.create(alias, LENGTH)) {
            out.ran(alias);
            int half = LENGTH / 2;
            TwoThreads.run(Duration.ofSeconds(60), () -> writeHalf(a, 0, half, rounds), () -> writeHalf(a, half, LENGTH, rounds));
            for (int i = 0; i < LENGTH; i++) {
                long want = expected(i, rounds);
                long got = a.get(i);
                out.check(alias, got == want, "element " + i + " holds " + got + ", its owner wrote " + want);
            }
            long wantSum = 0;
            for (int i = 0; i < half; i++) {
                wantSum += expected(i, rounds);
            }
            long gotSum = a.sum(0, half);
            out.check(alias, gotSum == wantSum, "sum of the first half " + gotSum + ", expected " + wantSum);
        }
    }

    /* Each owner: set every element to its index, then per round add 2 to the range and increment each element once. */
    private static Void writeHalf(BulkArray a, int from, int to, int rounds) {
        for (int i = from; i < to; i++) {
            a.set(i, i);
        }
        for (int r = 0; r < rounds; r++) {
            a.addToRange(from, to, 2);
            for (int i = from; i < to; i++) {
                a.increment(i);
            }
        }
        return null;
    }

    private static long expected(int index, int rounds) {
        return index + 3L * rounds;
    }
}
