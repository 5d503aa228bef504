package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.UnknownMechanismException;
import dev.sharebench.core.contract.SharedCounter;
import dev.sharebench.core.testing.TestThreads;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * No lost update: two threads each add 1 N times (released together by a barrier so they really
 * overlap); the total must be exactly 2N for every counter alias. `count++` on a plain field fails
 * this within a few thousand adds on two cores.
 */
class CountersTest {

    private static final int ADDS_PER_THREAD = 200_000;

    static Iterable<String> aliases() {
        return Counters.FACTORY.aliases();
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void twoThreadsLoseNoUpdate(String alias) throws Exception {
        try (SharedCounter counter = Counters.create(alias, 2)) {
            assertEquals(alias, counter.alias());
            CyclicBarrier start = new CyclicBarrier(2);
            TestThreads.ThrowingRunnable adder = () -> {
                start.await();
                for (int i = 0; i < ADDS_PER_THREAD; i++) {
                    counter.add(1);
                }
            };
            Future<Void> a = TestThreads.run("adder-a", adder);
            Future<Void> b = TestThreads.run("adder-b", adder);
            TestThreads.join(a);
            TestThreads.join(b);
            assertEquals(2L * ADDS_PER_THREAD, counter.sum(), alias + " lost updates");
        }
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void negativeAndLargeDeltasAddUp(String alias) {
        try (SharedCounter counter = Counters.create(alias, 1)) {
            counter.add(1_000_000_007L);
            counter.add(-7);
            counter.add(300); // outside Long's box cache
            assertEquals(1_000_000_300L, counter.sum(), alias);
        }
    }

    @Test
    void everyAliasIsRegisteredAsAnInProcessMechanism() {
        for (String alias : Counters.FACTORY.aliases()) {
            assertTrue(Mechanisms.get(alias).family().inProcess(), alias);
        }
        assertTrue(Counters.FACTORY.aliases().size() >= 8, "the counter factory lost registrations: " + Counters.FACTORY.aliases());
    }

    @Test
    void badInputNamesTheArgument() {
        assertThrows(UnknownMechanismException.class, () -> Counters.create("no-such-thing", 1));
        UnknownMechanismException e = assertThrows(UnknownMechanismException.class, () -> Counters.create("pipe", 1));
        assertTrue(e.getMessage().contains("SharedCounter"), e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Counters.create("atomic-long", 0));
        assertTrue(p.getMessage().contains("parties"), p.getMessage());
    }
}
