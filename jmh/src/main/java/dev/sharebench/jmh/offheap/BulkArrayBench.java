package dev.sharebench.jmh.offheap;

import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.workload.BulkArrays;
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
import org.openjdk.jmh.infra.ThreadParams;

/*
 * Workload 4, a shared bulk array: a big numeric array (2 MiB of longs) used by several threads.
 * Does it matter whether it lives on the heap, in a direct ByteBuffer, in a MemorySegment, or in a
 * file mapping?
 *
 * Three sections, each the same work for the four storages (core.workload.BulkArrays):
 *
 *  1. `update` (2 threads): partitioned parallel update; each thread adds 1 to every element of its
 *     own half. Score = time for one pass over one half (131072 longs). No element is shared, so
 *     both threads run at memory/cache speed; differences come from how well the JIT compiles each
 *     access path (the heap loop and the segment loop vectorize; ByteBuffer's may not).
 *  2. `sum` (1 thread): whole-array sum, 262144 longs per op; read-only streaming.
 *  3. False sharing (2 threads, JMHSample_22's idea): each thread increments its own slot with
 *     opaque accesses. `slotsAdjacent`: slots 8 bytes apart, one cache line, which then bounces
 *     between the cores on every write. `slotsPadded`: 16 longs = 128 bytes apart (two lines, the
 *     adjacent-line prefetcher pairs them). Expect adjacent several times slower than padded for every
 *     storage: the cost is in the cache, not in the API.
 *     NOTE: a heap array's base address is unknown, so in 1 case of 8 an adjacent heap slot pair
 *     straddles a line boundary; segments and buffers are allocated line-aligned.
 *
 * mapped-segment maps a sharebench-bulk-*.bin temp file (deleted at teardown). In memory it behaves
 * like offheap-segment once the pages are faulted in (the fill in setup does that).
 *
 * Verified: update: at each iteration end every partition's sum must equal its initial sum plus
 * passes x length; sum: every result is compared with the known total; false sharing: each slot must
 * equal its thread's count of increments. A mismatch throws, naming the mechanism.
 *
 * Run: java -jar jmh/target/benchmarks.jar BulkArrayBench
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class BulkArrayBench {

    static final int LENGTH = 1 << 18;
    static final int ADJACENT_STRIDE = 1;
    static final int PADDED_STRIDE = 16;

    /** Initial content: a[i] = i, so every range has a known, non-trivial sum. */
    static long initialSum(long from, long to) {
        return (from + to - 1) * (to - from) / 2;
    }

    @State(Scope.Benchmark)
    public static class Bulk {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
        public String mechanism;

        BulkArray array;
        final Queue<Part> parts = new ConcurrentLinkedQueue<>();

        @Setup(Level.Trial)
        public void open() {
            array = BulkArrays.create(mechanism, LENGTH);
            for (long i = 0; i < LENGTH; i++) {
                array.set(i, i);
            }
        }

        @TearDown(Level.Iteration)
        public void verify() {
            long passesTimesLength = 0;
            for (Part p : parts) {
                long expected = initialSum(p.from, p.to) + p.passes * (p.to - p.from);
                long actual = array.sum(p.from, p.to);
                if (actual != expected) {
                    throw new IllegalStateException(mechanism + ": partition [" + p.from + ", " + p.to + ") sums to "
                            + actual + " after " + p.passes + " passes, expected " + expected);
                }
                passesTimesLength += p.passes * (p.to - p.from);
            }
            // The whole array too: catches an update outside every registered partition.
            long whole = array.sum(0, LENGTH);
            if (whole != initialSum(0, LENGTH) + passesTimesLength) {
                throw new IllegalStateException(mechanism + ": whole array sums to " + whole + ", expected "
                        + (initialSum(0, LENGTH) + passesTimesLength));
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            array.close();
        }
    }

    /** One thread's partition of the array and its count of update passes. */
    @State(Scope.Thread)
    public static class Part {
        long from;
        long to;
        long passes;

        @Setup(Level.Trial)
        public void register(Bulk bulk, ThreadParams t) {
            long size = LENGTH / t.getThreadCount();
            from = t.getThreadIndex() * size;
            to = t.getThreadIndex() == t.getThreadCount() - 1 ? LENGTH : from + size;
            bulk.parts.add(this);
        }
    }

    @Benchmark
    @Threads(2)
    public void update(Bulk bulk, Part part) {
        bulk.array.addToRange(part.from, part.to, 1);
        part.passes++;
    }

    @Benchmark
    @Threads(1)
    public long sum(Bulk bulk) {
        long s = bulk.array.sum(0, LENGTH);
        if (s != initialSum(0, LENGTH)) {
            throw new IllegalStateException(bulk.mechanism + ": whole-array sum " + s + ", expected " + initialSum(0, LENGTH));
        }
        return s;
    }

    // ---- false sharing ------------------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class Slots {
        @Param({}) // values from the workload catalogue (core.catalog.Workloads): the workload's factory
        public String mechanism;

        BulkArray array;
        final Queue<Slot> slots = new ConcurrentLinkedQueue<>();

        @Setup(Level.Trial)
        public void open() {
            array = BulkArrays.create(mechanism, 4 * PADDED_STRIDE);
        }

        @TearDown(Level.Iteration)
        public void verify() {
            long counted = 0;
            for (Slot s : slots) {
                check(s.adjacent, s.adjacentCount);
                check(s.padded, s.paddedCount);
                counted += s.adjacentCount + s.paddedCount;
            }
            // Every increment landed in a registered slot, none elsewhere.
            long total = array.sum(0, array.length());
            if (total != counted) {
                throw new IllegalStateException(mechanism + ": slots hold " + total + " increments in all, threads counted " + counted);
            }
        }

        private void check(long index, long expected) {
            if (array.get(index) != expected) {
                throw new IllegalStateException(mechanism + ": slot " + index + " holds " + array.get(index)
                        + ", its thread incremented it " + expected + " times");
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            array.close();
        }
    }

    /** One thread's two slots (one per layout) and its increment counts. */
    @State(Scope.Thread)
    public static class Slot {
        long adjacent;
        long padded;
        long adjacentCount;
        long paddedCount;

        @Setup(Level.Trial)
        public void register(Slots slots, ThreadParams t) {
            if (t.getThreadCount() > 2) {
                throw new IllegalArgumentException("threads: the false-sharing section has slots for 2 threads, got "
                        + t.getThreadCount());
            }
            // Adjacent slots live in the first line pair, padded ones from the second line pair on.
            adjacent = t.getThreadIndex() * ADJACENT_STRIDE;
            padded = 2L * PADDED_STRIDE + t.getThreadIndex() * PADDED_STRIDE;
            slots.slots.add(this);
        }
    }

    @Benchmark
    @Threads(2)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void slotsAdjacent(Slots s, Slot mine) {
        s.array.increment(mine.adjacent);
        mine.adjacentCount++;
    }

    @Benchmark
    @Threads(2)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void slotsPadded(Slots s, Slot mine) {
        s.array.increment(mine.padded);
        mine.paddedCount++;
    }
}
