package dev.sharebench.jmh.map;

import dev.sharebench.core.contract.InProcessMap;
import dev.sharebench.core.workload.Maps;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

/*
 * The in-process shared map, the guides' first example: a global dict handed to threads, which
 * every thread reads and writes. What does one get or put cost, per way of sharing the map, when
 * reads dominate and when writes are half the work?
 *
 * The same operation for every mechanism (core.workload.Maps): the map holds up to `capacity` keys
 * (Integer 0..capacity-1, boxed once at setup). Each invocation draws a random number; with
 * probability writePercent it puts a new value for one of the thread's OWN keys (a thread owns the
 * keys k with k % threads == its index, so the threads' keys interleave in the table), else it gets
 * a random key of ANY thread. `alone` runs it on 1 thread, `shared` on 2 (this machine has 2 vCPUs).
 * writePercent=5 is the read-mostly mix, 50 the write-heavy one.
 *
 * What to expect, and why (a quick run here, one fork: see the report for intervals):
 *  - alone: a HashMap lookup with a boxed key plus the mechanism's guard, ~10-25 ns: nothing more
 *    for concurrent-hashmap, a ThreadLocal lookup for per-thread-maps, an uncontended monitor or
 *    lock (a CAS to take, one to release) for the others. copy-on-write-map reads for free but
 *    copies all `capacity` entries per put (tens of microseconds): ~1.4 us per operation at 5%
 *    writes, ~11 us at 50%.
 *  - shared, read-mostly: the locks (synchronized-hashmap, synchronized-map, rwlock-map) serialize
 *    the two threads and bounce the lock's cache line between the cores, ~100 ns per operation.
 *    rwlock-map is no better: its readers never wait for each other, but each one writes the
 *    lock's reader count. Reads that write nothing shared scale: concurrent-hashmap and
 *    per-thread-maps stay near their 1-thread cost (~25 ns); stamped-map lies between (~55 ns),
 *    as every put invalidates the optimistic reads in flight, which retry under the read lock.
 *    copy-on-write-map's reads scale too, but its copies dominate even at 5% writes.
 *  - shared, write-heavy: stamped-map's optimistic reads fail often and it falls to the locks'
 *    level (~200 ns); copy-on-write-map's two writers also CAS over each other and copy again;
 *    concurrent-hashmap locks only one bin per put and keeps its lead among the shared maps.
 *  - per-thread-maps is a different contract, not a faster map: a get sees only the thread's own
 *    puts (the other thread's keys always miss) until the merge. It shows what not sharing is worth.
 * Contrast: CounterBench (the same locks on one long), SharedMapBench (a map in another process,
 * microseconds per call), proof P20 (what a plain HashMap does to two writers), P03 (get-then-put on
 * a ConcurrentHashMap loses counts).
 *
 * Verified: each thread counts its puts per own key, and each put writes that count, so after
 * every iteration the map's snapshot (per-thread-maps: the merge) must hold, for every key, exactly
 * the number of puts its thread made, and no key that nobody put. A lost or stale put fails the run,
 * naming the mechanism and a key.
 *
 * Run: java -jar jmh/target/benchmarks.jar 'map.MapBench'
 *      one mix: java -jar jmh/target/benchmarks.jar 'map.MapBench.shared' -p writePercent=50
 *      more threads: java -jar jmh/target/benchmarks.jar 'map.MapBench.shared' -t 4
 *      (JMH matches by regex: plain 'MapBench' selects SharedMapBench too; -t overrides @Threads
 *      of both methods, so select one)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class MapBench {

    @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
    public String mechanism;

    @Param({"5", "50"})
    public int writePercent;

    @Param({"1024"}) // distinct keys the map holds
    public int capacity;

    InProcessMap<Integer, Long> map;
    Integer[] keys;
    int parties;
    final AtomicInteger nextIndex = new AtomicInteger();
    final Queue<Worker> workers = new ConcurrentLinkedQueue<>();

    /** One thread's keys, its puts per key and its random numbers; only that thread writes them. */
    @State(Scope.Thread)
    public static class Worker {
        Integer[] mine;
        long[] puts;
        int writeBelow;
        long random;

        @Setup(Level.Trial)
        public void join(MapBench bench) {
            int index = bench.nextIndex.getAndIncrement();
            int owned = (bench.capacity - index + bench.parties - 1) / bench.parties;
            mine = new Integer[Math.max(owned, 0)];
            for (int i = 0; i < mine.length; i++) {
                mine[i] = bench.keys[index + i * bench.parties];
            }
            puts = new long[mine.length];
            writeBelow = bench.writePercent * 65_536 / 100;
            random = 0x9E3779B97F4A7C15L * (index + 1);
            bench.workers.add(this);
        }

        /** xorshift64: cheap, and each thread has its own sequence. */
        long next() {
            long x = random;
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            random = x;
            return x;
        }
    }

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) {
        open(params.getThreads());
    }

    void open(int threads) {
        if (capacity < threads) {
            throw new IllegalArgumentException(mechanism + ": capacity " + capacity + " < " + threads + " threads: a thread would own no key");
        }
        if (writePercent < 0 || writePercent > 100) {
            throw new IllegalArgumentException(mechanism + ": writePercent must be 0..100, was " + writePercent);
        }
        parties = threads;
        keys = new Integer[capacity];
        for (int k = 0; k < capacity; k++) {
            keys[k] = k;
        }
        map = Maps.create(mechanism, capacity);
    }

    @Benchmark
    @Threads(1)
    public Long alone(Worker w) {
        return step(w);
    }

    @Benchmark
    @Threads(2)
    public Long shared(Worker w) {
        return step(w);
    }

    /** One get or put; the result goes to JMH's blackhole. */
    Long step(Worker w) {
        long r = w.next();
        if ((r & 0xFFFF) < w.writeBelow) {
            int slot = pick(r, w.mine.length);
            Long value = ++w.puts[slot];
            map.put(w.mine[slot], value);
            return value;
        }
        return map.get(keys[pick(r, capacity)]);
    }

    /** A uniform index below {@code n} from the random's high bits (multiply-shift, no division). */
    private static int pick(long r, int n) {
        return (int) (((r >>> 32) * n) >>> 32);
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Map<Integer, Long> seen = map.snapshot();
        long puts = 0;
        int written = 0;
        int wrong = 0;
        String first = null;
        for (Worker w : workers) {
            for (int slot = 0; slot < w.mine.length; slot++) {
                long expected = w.puts[slot];
                Long actual = seen.get(w.mine[slot]);
                puts += expected;
                written += expected > 0 ? 1 : 0;
                boolean ok = expected == 0 ? actual == null : actual != null && actual == expected;
                if (!ok) {
                    wrong++;
                    first = first != null ? first : "key " + w.mine[slot] + " holds " + actual + ", its thread put it " + expected + " times";
                }
            }
        }
        if (wrong > 0) {
            throw new IllegalStateException(mechanism + ": " + wrong + " keys lost a put (" + first + ")");
        }
        if (seen.size() != written) {
            throw new IllegalStateException(mechanism + ": the map holds " + seen.size() + " keys, the threads put " + written);
        }
        if (puts == 0 && writePercent > 0) {
            throw new IllegalStateException(mechanism + ": no put completed");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        map.close();
    }
}
