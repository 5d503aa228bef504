package dev.sharebench.jmh.lock;

import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.workload.Counters;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/*
 * Workload 1, the shared counter: many threads add 1 to one total. What does each way of sharing
 * that total cost per add, alone and under contention?
 *
 * The same operation for every mechanism (core.workload.Counters): optional think time
 * (Blackhole.consumeCPU(holdTokens), outside the shared update, as in OpenJDK's Locks.java), then
 * counter.add(1). `uncontended` runs it on 1 thread, `contended` on 2 (this machine has 2 vCPUs).
 *
 * What to expect, and why:
 *  - 1 thread: atomic-long, offheap-segment (both one LOCK XADD) and the uncontended locks
 *    (synchronized, reentrant-lock, stamped-lock: one CAS to take, one to release) in a few ns;
 *    long-adder a CAS on its base; thread-local a ThreadLocal lookup plus a plain store;
 *    queue-to-owner far slower: every add is a queue put and wakes the owner thread.
 *  - 2 threads: every single-line mechanism pays the cache line's trip between cores (half of
 *    FloorBench's round trip, docs/machine.md) on most adds; locks may also park. long-adder and
 *    thread-local stripe the total, so they should scale: the contrast this benchmark exists to show.
 *  - holdTokens=16 spaces the adds out, lowering contention: the gap between mechanisms narrows.
 * FloorBench gives the hardware cost of one cache-line round trip for reference.
 *
 * Verified: each thread counts its adds; at the end of every iteration the counter's sum must
 * equal the total count exactly (a lost update fails the run, naming the mechanism).
 *
 * Run: java -jar jmh/target/benchmarks.jar CounterBench
 *      more threads: java -jar jmh/target/benchmarks.jar 'CounterBench.contended' -t 4
 *      (-t overrides @Threads of both methods, so select one)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class CounterBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"0", "16"})
    public int holdTokens;

    SharedCounter counter;
    final Queue<Adds> adders = new ConcurrentLinkedQueue<>();

    /** One thread's count of its adds; only that thread writes it. */
    @State(Scope.Thread)
    public static class Adds {
        long count;

        @Setup(Level.Trial)
        public void register(CounterBench bench) {
            bench.adders.add(this);
        }
    }

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) {
        open(params.getThreads());
    }

    void open(int threads) {
        counter = Counters.create(mechanism, threads);
    }

    @Benchmark
    @Threads(1)
    public void uncontended(Adds adds) {
        add(adds);
    }

    @Benchmark
    @Threads(2)
    public void contended(Adds adds) {
        add(adds);
    }

    private void add(Adds adds) {
        if (holdTokens > 0) {
            Blackhole.consumeCPU(holdTokens);
        }
        counter.add(1);
        adds.count++;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        long expected = 0;
        for (Adds a : adders) {
            expected += a.count;
        }
        long actual = counter.sum();
        if (actual != expected) {
            throw new IllegalStateException(mechanism + ": sum " + actual + " != " + expected + " adds ("
                    + (expected - actual) + " lost updates)");
        }
        if (expected == 0) {
            throw new IllegalStateException(mechanism + ": no add completed");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        counter.close();
    }
}
