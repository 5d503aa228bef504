package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Family;
import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.InProcessMap;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Every in-process map, alone and under two writers. The two-writer test inserts NEW keys into a
 * map created small, so that its structure changes under both threads (new bins, resizes, the
 * size count), which is where an unguarded HashMap loses entries (P20); re-putting existing keys
 * would only replace values in place, and a later pass would heal an entry lost in an earlier one.
 * Each thread puts its own keys (interleaved with the other's) and reads each back at once; after
 * the join every key must be there with its value. A HashMap without its lock fails a round about
 * half the time here, so the test runs several rounds (break it and watch: all rounds must pass).
 */
class MapsTest {

    private static final int ROUNDS = 8;

    static Iterable<String> aliases() {
        return Maps.FACTORY.aliases();
    }

    /* copy-on-write-map copies every entry on each put: fewer keys keep it in budget, and its slow puts overlap anyway. */
    private static int keysFor(String alias) {
        return alias.equals("copy-on-write-map") ? 1_024 : 32_768;
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void oneThreadSeesWhatItPutAndTheSnapshotKeepsIt(String alias) {
        try (InProcessMap<Integer, Long> map = Maps.create(alias, 4)) {
            assertEquals(alias, map.alias());
            assertNull(map.get(7), alias + ": an empty map");
            map.put(7, 1L);
            map.put(300, 1_000L); // outside Integer's and Long's box caches: equality, not identity
            map.put(7, 2L);
            assertEquals(2L, map.get(7), alias + ": a put replaces the value");
            assertEquals(1_000L, map.get(Integer.valueOf(300)), alias);
            Map<Integer, Long> before = map.snapshot();
            map.put(8, 3L); // more keys than expected: the map grows
            for (int k = 100; k < 110; k++) {
                map.put(k, (long) k);
            }
            assertEquals(Map.of(7, 2L, 300, 1_000L), before, alias + ": a snapshot does not change afterwards");
            assertEquals(13, map.snapshot().size(), alias);
            assertEquals(3L, map.snapshot().get(8), alias);
        }
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void twoWritersLoseNoPut(String alias) throws Exception {
        int keys = keysFor(alias);
        for (int round = 0; round < ROUNDS; round++) {
            try (InProcessMap<Integer, Long> map = Maps.create(alias, 16)) {
                CyclicBarrier start = new CyclicBarrier(2);
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread a = writer(map, keys, 0, start, failure);
                Thread b = writer(map, keys, 1, start, failure);
                a.join();
                b.join();
                assertNull(failure.get(), alias + ": a thread did not read back its own put");
                Map<Integer, Long> seen = map.snapshot();
                int lost = 0;
                for (int k = 0; k < keys; k++) {
                    lost += Long.valueOf(value(k)).equals(seen.get(k)) ? 0 : 1;
                }
                assertEquals(0, lost, alias + ": entries lost in round " + round);
                assertEquals(keys, seen.size(), alias + ": keys in the map in round " + round);
            }
        }
    }

    private static long value(int key) {
        return 3L * key + 1_000;
    }

    private static Thread writer(InProcessMap<Integer, Long> map, int keys, int index, CyclicBarrier start,
                                 AtomicReference<Throwable> failure) {
        return Thread.ofPlatform().name("sharebench-test-writer-" + index).start(() -> {
            try {
                start.await();
                for (int key = index; key < keys; key += 2) {
                    Long v = value(key);
                    map.put(key, v);
                    if (!v.equals(map.get(key))) {
                        throw new AssertionError(map.alias() + ": thread " + index + " put " + v + " at key " + key + " and read " + map.get(key));
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void anotherThreadSeesAPutAfterTheJoinExceptInPerThreadMaps(String alias) throws Exception {
        try (InProcessMap<Integer, Long> map = Maps.create(alias, 4)) {
            Thread t = Thread.ofPlatform().name("sharebench-test-putter").start(() -> map.put(1, 42L));
            t.join();
            Long seen = map.get(1);
            if (alias.equals("per-thread-maps")) {
                assertNull(seen, "per-thread-maps: a get sees only the calling thread's own puts");
            } else {
                assertEquals(42L, seen, alias + ": a shared map shows another thread's completed put");
            }
            assertEquals(Map.of(1, 42L), map.snapshot(), alias + ": the snapshot (the merge) holds every thread's put");
        }
    }

    @Test
    void everyAliasIsAnInProcessMapMechanismAndBadInputNamesTheArgument() {
        for (String alias : Maps.FACTORY.aliases()) {
            assertEquals(Family.MAP, Mechanisms.get(alias).family(), alias);
        }
        assertTrue(Maps.FACTORY.aliases().size() >= 7, "the map factory lost registrations: " + Maps.FACTORY.aliases());
        UnknownMechanismException e = assertThrows(UnknownMechanismException.class, () -> Maps.create("manager-tcp", 1));
        assertTrue(e.getMessage().contains("InProcessMap"), e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Maps.create("concurrent-hashmap", 0));
        assertTrue(p.getMessage().contains("expectedKeys") && p.getMessage().contains("concurrent-hashmap"), p.getMessage());
    }
}
