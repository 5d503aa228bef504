package dev.sharebench.jmh.xproc;

import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.workload.CrossCounters;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/*
 * A shared counter across two processes: this JVM's benchmark thread and a child JVM both add to one
 * total as fast as they can; each operation adds `batch`. At teardown the child stops and reports
 * what it added, and the shared total must equal both sums exactly (a lost update fails the trial
 * with the alias).
 *
 * Score: read `total`, the operations per second of BOTH processes (the catalogue ranks this
 * workload by it). JMH's primary score counts only this side's calls: an unfair lock that starves
 * this side would look slow and one that starves the child fast, for the same work done. The shared
 * total is read at both edges of every iteration (CounterTally); what it grew by, minus this side's
 * adds, is the child's. `parentShare` and `childShare` (0..1, 0.5 is fair) say how the total was
 * split: the fairness of the mechanism beside its speed. They are per-iteration values (JMH "events"):
 * the report takes their median per fork like any score, while JMH's own summary line SUMS them
 * over the iterations (3 iterations of 0.5 print as 1.5), so read the shares from the report.
 * Measured here (cross-cpu, batch 1, one fork of 3 x 500 ms, 2026-12-02): mmap 66 M ops/s in total,
 * parent share 0.45-0.48; mmap-lock 34 M, 0.45-0.48; file-lock 265 K, 0.47-0.54; manager-uds 14 K,
 * 0.22-0.36 (the child client wins the server more often than the benchmark thread).
 *
 * Rows: mmap (LOCK XADD on a mapped long: no lock), mmap-lock (a CAS spin lock in the mapping guarding
 * a plain long), file-lock (FileChannel.lock, i.e. fcntl, a syscall to take and one to release),
 * manager-uds / manager-tcp (counter.addAndGet(batch) through a proxy: a round trip per operation;
 * three processes: the server child, this client and a competing client child).
 * batch = 1 is the classic per-increment sharing; batch = 64 shows what batching buys each row:
 * nothing for mmap (one atomic either way), 64x fewer round trips for the manager.
 *
 * Expect (cross-cpu): mmap tens of millions of adds/s (one contended cache line). mmap-lock is an
 * UNFAIR spin lock: the child re-takes it right after releasing it (the line is still in its cache),
 * so one side can starve: its share falls far from 0.5 while `total` still counts every add (the
 * primary score alone would call the lock slow when this side starves and fast when the child does).
 * file-lock ~tens of thousands to ~1 M/s (two fcntl syscalls per add, and a blocked taker sleeps),
 * manager ~20-50 K requests/s (a blocking round trip each), i.e. ~1000x below the mapping; Python's
 * multiprocessing.Value with its lock does ~0.85 M/s here, for orientation.
 * Sibling: the in-process CounterBench (synchronized, AtomicLong, LongAdder between threads of one
 * JVM): mmap here is AtomicLong there, with a process boundary that costs nothing once mapped.
 *
 * Run: java -jar jmh/target/benchmarks.jar XprocCounterBench -p placement=cross-cpu \
 *        -jvmArgsPrepend "$(java -jar core/target/core.jar jvm-flags)"   (the forks need the suite's flags)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class XprocCounterBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"1", "64"})
    public int batch;

    @Param({"cross-cpu", "same-cpu", "os"})
    public String placement;

    private CrossCounter counter;
    private PinnedPeer<CrossCounter> trial;
    private long added;
    private final CounterTally tally = new CounterTally();

    /** Operations of both processes per second: the score to read and rank by. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Both {
        public long total;
    }

    /** Each side's share of the iteration's operations, 0..1 (JMH reports these per iteration, not per second). */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Shares {
        public double parentShare;
        public double childShare;
    }

    @Setup(Level.Trial)
    public void start() {
        trial = PinnedPeer.open(mechanism, placement, () -> CrossCounters.create(mechanism, batch, placement));
        counter = trial.peer();
    }

    @Setup(Level.Iteration)
    public void begin() {
        tally.begin(counter.total(), added);
    }

    @Benchmark
    public void add() {
        counter.add(batch);
        added += batch;
    }

    /* JMH reads the counters after the iteration's teardown: they hold this iteration's split. */
    @TearDown(Level.Iteration)
    public void end(Both both, Shares shares) {
        CounterTally.Split split = tally.end(counter.total(), added, batch);
        both.total = split.both();
        shares.parentShare = split.hereShare();
        shares.childShare = split.peerShare();
    }

    @TearDown(Level.Trial)
    public void stop() {
        trial.close(() -> counter.finish(added));
    }
}
