package dev.sharebench.jmh.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/*
 * The benchmark's own check must fail loudly, naming the mechanism, when a put goes missing, and
 * the threads' keys must partition the map: every key owned by exactly one thread.
 */
class MapBenchVerifyTest {

    @Test
    void verifyPassesWhenEveryKeyHoldsItsCountAndFailsOnALostPut() {
        MapBench bench = bench("per-thread-maps", 2);
        MapBench.Worker a = worker(bench);
        MapBench.Worker b = worker(bench);
        assertEquals(bench.capacity, a.mine.length + b.mine.length, "the two threads own every key");
        for (int i = 0; i < 1_000; i++) {
            bench.step(a);
            bench.step(b);
        }
        bench.verify();
        a.puts[0]++; // a put that never reached the map
        IllegalStateException e = assertThrows(IllegalStateException.class, bench::verify);
        assertTrue(e.getMessage().startsWith("per-thread-maps: 1 keys lost a put (key 0 "), e.getMessage());
        bench.close();
    }

    @Test
    void verifyFailsOnAKeyNobodyPut() {
        MapBench bench = bench("concurrent-hashmap", 1);
        MapBench.Worker a = worker(bench);
        bench.step(a);
        bench.map.put(-1, 1L);
        IllegalStateException e = assertThrows(IllegalStateException.class, bench::verify);
        assertTrue(e.getMessage().startsWith("concurrent-hashmap: the map holds"), e.getMessage());
    }

    private static MapBench bench(String mechanism, int threads) {
        MapBench bench = new MapBench();
        bench.mechanism = mechanism;
        bench.writePercent = 50;
        bench.capacity = 101; // not a multiple of the threads: one thread owns one key more
        bench.open(threads);
        return bench;
    }

    private static MapBench.Worker worker(MapBench bench) {
        MapBench.Worker w = new MapBench.Worker();
        w.join(bench);
        return w;
    }
}
