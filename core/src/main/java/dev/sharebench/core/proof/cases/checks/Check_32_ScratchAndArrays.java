package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.contract.Scratch;
import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.BulkArrayArgs;
import dev.sharebench.core.workload.BulkArrays;
import dev.sharebench.core.workload.Factory;
import dev.sharebench.core.workload.ScratchArgs;
import dev.sharebench.core.workload.Scratches;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/*
 * Check 32, private state stays private:
 *   - every scratch provider (thread-local, scoped-value, shared-locked, new-per-call, queue-pool)
 *     serves two threads running tasks at once; each use marks its instance busy and must find it
 *     free: two threads inside one instance at once is "wrong" (proof 10 shows the related bleed);
 *   - every bulk array (heap, direct buffer, off-heap and mapped segments) is written by two
 *     threads, each on its own half, with set, increment and addToRange; after both are joined,
 *     every element must hold exactly what its owner wrote (no torn, lost or stale value), and each
 *     half's sum must agree;
 *   - then one thread writes whole-array patterns (pattern p puts value(p, i) in element i, then
 *     publishes p as complete) while the other reads the array over and over: every element read
 *     must be some pattern's whole value for that index (a value whose two halves come from two
 *     writes is torn) and no older than the last pattern published before the read started (stale).
 *     The contract promises this: every store is a whole aligned long, and the publication orders it.
 * Each use, element or element read is a trial.
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

    private final Factory<ScratchArgs, Scratch<?>> scratches;
    private final Factory<BulkArrayArgs, BulkArray> bulkArrays;

    public Check_32_ScratchAndArrays() {
        super("P32");
        this.scratches = Scratches.FACTORY;
        this.bulkArrays = BulkArrays.FACTORY;
    }

    /** Runs every alias of {@code scratches} and {@code bulkArrays} (for planted faults). */
    Check_32_ScratchAndArrays(Factory<ScratchArgs, Scratch<?>> scratches, Factory<BulkArrayArgs, BulkArray> bulkArrays) {
        super("P32", scratches, bulkArrays);
        this.scratches = scratches;
        this.bulkArrays = bulkArrays;
    }

    @Override
    public Counts run(Variant variant, Mode mode) throws Exception {
        int scale = mode.scale();
        return AliasOutcomes.each(aliases(), "the use or element was private to its thread and correct.",
                "two threads shared an instance, or an element held a value its owner did not write.", (alias, out) -> {
                    if (scratches.aliases().contains(alias)) {
                        scratch(alias, out, TASKS_PER_THREAD * scale);
                    } else {
                        bulk(alias, out, ROUNDS * scale);
                    }
                });
    }

    @SuppressWarnings("unchecked") // the factory's scratch serves what the supplier makes: Probes
    private void scratch(String alias, AliasOutcomes out, int tasks) throws Exception {
        try (Scratch<Probe> s = (Scratch<Probe>) scratches.create(alias, new ScratchArgs(Probe::new, 2))) {
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

    private void bulk(String alias, AliasOutcomes out, int rounds) throws Exception {
        try (BulkArray a = bulkArrays.create(alias, new BulkArrayArgs(LENGTH))) {
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
            patterns(a, alias, out, rounds);
        }
    }

    /* One writer fills the array with pattern 1, 2, ..., publishing each when complete; one reader checks every element it reads. */
    private static void patterns(BulkArray a, String alias, AliasOutcomes out, int patterns) throws Exception {
        for (int i = 0; i < LENGTH; i++) {
            a.set(i, value(0, i));
        }
        AtomicLong published = new AtomicLong(); // the last complete pattern
        AtomicBoolean writing = new AtomicBoolean(true);
        TwoThreads.run(Duration.ofSeconds(60), () -> {
            for (int p = 1; p <= patterns; p++) {
                for (int i = 0; i < LENGTH; i++) {
                    a.set(i, value(p, i));
                }
                published.set(p);
            }
            writing.set(false);
            return null;
        }, () -> {
            boolean last;
            do {
                last = !writing.get(); // one more full read after the writer is done
                long oldest = published.get();
                long torn = 0;
                long stale = 0;
                String first = null;
                for (int i = 0; i < LENGTH; i++) {
                    long v = a.get(i);
                    long p = v >>> 32;
                    if (v != value(p, i)) {
                        torn++;
                        first = first != null ? first : "element " + i + " read " + Long.toHexString(v) + ": not one write's value (torn)";
                    } else if (p < oldest) {
                        stale++;
                        first = first != null ? first : "element " + i + " read pattern " + p + " after pattern " + oldest + " was complete (stale)";
                    }
                }
                out.ok(alias, LENGTH - torn - stale);
                if (first != null) {
                    out.wrong(alias, torn + stale, first);
                }
            } while (!last);
            return null;
        });
    }

    /* Pattern p's value for element i: p in the high half, p mixed with the index in the low half. */
    static long value(long p, int i) {
        return p << 32 | ((p ^ (i * 0x9E3779B9L)) & 0xFFFF_FFFFL);
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
