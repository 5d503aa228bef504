package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.BulkArray;
import dev.sharebench.core.offheap.DirectBufferBulkArray;
import dev.sharebench.core.testing.TestThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Bulk sum exact: two threads update disjoint halves of each array concurrently (ranges and single
 * slots); afterwards every element and the whole-array sum must be exactly what the updates imply.
 */
class BulkArraysTest {

    private static final int LENGTH = 1 << 16;
    private static final int PASSES = 50;

    static Iterable<String> aliases() {
        return BulkArrays.FACTORY.aliases();
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void partitionedUpdatesSumExactly(String alias) throws Exception {
        try (BulkArray a = BulkArrays.create(alias, LENGTH)) {
            assertEquals(alias, a.alias());
            for (long i = 0; i < LENGTH; i++) {
                a.set(i, i);
            }
            long half = LENGTH / 2;
            Future<Void> lo = TestThreads.run("lo", () -> update(a, 0, half, 1));
            Future<Void> hi = TestThreads.run("hi", () -> update(a, half, LENGTH, 3));
            TestThreads.join(lo);
            TestThreads.join(hi);
            long base = (long) LENGTH * (LENGTH - 1) / 2;
            long expected = base + PASSES * (half * 1 + half * 3);
            assertEquals(expected, a.sum(0, LENGTH), alias + " whole-array sum");
            assertEquals(half - 1 + PASSES, a.get(half - 1), alias);
            assertEquals(half + 3L * PASSES, a.get(half), alias);
        }
    }

    private static void update(BulkArray a, long from, long to, long delta) {
        for (int p = 0; p < PASSES; p++) {
            a.addToRange(from, to, delta);
        }
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void adjacentSlotsIncrementIndependently(String alias) throws Exception {
        int n = 100_000;
        try (BulkArray a = BulkArrays.create(alias, 16)) {
            Future<Void> t0 = TestThreads.run("slot-0", () -> { for (int i = 0; i < n; i++) a.increment(0); });
            Future<Void> t1 = TestThreads.run("slot-1", () -> { for (int i = 0; i < n; i++) a.increment(1); });
            TestThreads.join(t0);
            TestThreads.join(t1);
            assertEquals(n, a.get(0), alias + " slot 0");
            assertEquals(n, a.get(1), alias + " slot 1");
        }
    }

    @Test
    void mappedSegmentDeletesItsTempFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countBulkFiles(tmp);
        try (BulkArray a = BulkArrays.create("mapped-segment", 1024)) {
            assertEquals(before + 1, countBulkFiles(tmp), "one sharebench-bulk- file while open");
            a.set(1023, 7);
            assertEquals(7, a.get(1023));
        }
        assertEquals(before, countBulkFiles(tmp), "temp file left behind");
    }

    private static long countBulkFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("sharebench-bulk-")).count();
        }
    }

    @Test
    void registryAndBadInput() {
        BulkArrays.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulkArrays.create("heap-array", 0));
        assertTrue(e.getMessage().contains("length"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BulkArrays.create("direct-buffer", DirectBufferBulkArray.MAX_LONGS + 1));
        assertThrows(IllegalArgumentException.class, () -> BulkArrays.create("mmap", 16));
        try (BulkArray a = BulkArrays.create("offheap-segment", 4)) {
            assertThrows(IndexOutOfBoundsException.class, () -> a.get(4));
            assertEquals(4, a.length());
        }
    }
}
