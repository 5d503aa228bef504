package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sharebench.core.nativeos.Affinity;
import dev.sharebench.core.testing.ProcCpus;
import dev.sharebench.core.testing.TestThreads;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * The placement every cross-process figure is labelled with, observed from outside: the benchmark
 * thread runs on the CPU the placement names (read from /proc, not from the mask Affinity set), and
 * EVERY thread of the child JVM may run only on the child's CPU (ChildMain pins the whole process).
 */
@Timeout(60)
class PlacementTest {

    private record Parent(BitSet mask, int ranOn, BitSet restored) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-cpu", "same-cpu"})
    void theBenchmarkThreadAndEveryThreadOfTheChildRunWhereThePlacementSays(String alias) throws Exception {
        assumeTrue(Affinity.available() && Affinity.currentThreadCpus().cardinality() >= 2, "needs Linux and 2 CPUs");
        Placement placement = Placement.of(alias);
        BitSet before = Affinity.currentThreadCpus();
        Parent parent = pinnedThread(placement::pinCurrentThread);
        assertEquals(1, parent.mask().cardinality(), alias + ": the benchmark thread is pinned to one CPU: " + parent.mask());
        assertEquals(parent.mask().nextSetBit(0), parent.ranOn(), alias + ": the benchmark thread runs on its CPU");
        assertEquals(before, parent.restored(), alias + ": closing the pinning restores the mask");

        int childCpu = placement.childCpu();
        assertEquals(placement == Placement.SAME_CPU, childCpu == parent.ranOn(), alias + ": child CPU " + childCpu + ", parent " + parent.ranOn());
        try (ChildProcess child = ChildProcess.builder(TestRoles.Echo.class).cpu(childCpu).start()) {
            Map<Long, BitSet> threads = ProcCpus.allowedCpusOfEveryThread(child.pid());
            assertFalse(threads.isEmpty());
            threads.forEach((tid, cpus) -> assertEquals(ProcCpus.only(childCpu), cpus, alias + ": child thread " + tid));
        }
    }

    @Test
    void osPlacementPinsNothing() {
        assumeTrue(Affinity.available(), "needs Linux");
        assertEquals(-1, Placement.OS.childCpu());
        BitSet before = Affinity.currentThreadCpus();
        try (Placement.Pinning none = Placement.OS.pinCurrentThread()) {
            assertEquals(before, Affinity.currentThreadCpus());
        }
    }

    /* FloorBench's ponger is a thread, not a child: it pins itself where the child would run. */
    @ParameterizedTest
    @ValueSource(strings = {"cross-cpu", "same-cpu", "os"})
    void aPeerThreadRunsWhereTheChildWould(String alias) throws Exception {
        assumeTrue(Affinity.available() && Affinity.currentThreadCpus().cardinality() >= 2, "needs Linux and 2 CPUs");
        Placement placement = Placement.of(alias);
        BitSet before = Affinity.currentThreadCpus();
        Parent peer = pinnedThread(placement::pinCurrentThreadAsPeer);
        if (placement == Placement.OS) {
            assertEquals(before, peer.mask(), "os pins nothing");
        } else {
            assertEquals(ProcCpus.only(placement.childCpu()), peer.mask(), alias + ": the peer thread is on the child's CPU");
            assertEquals(placement.childCpu(), peer.ranOn());
        }
        assertEquals(before, peer.restored(), alias + ": closing the pinning restores the mask");
    }

    /* A new thread pins itself with {@code pin}: its mask and CPU while pinned, and its mask after unpinning. */
    private static Parent pinnedThread(java.util.function.Supplier<Placement.Pinning> pin) throws Exception {
        return TestThreads.join(TestThreads.start("pinned", () -> {
            BitSet mask;
            int ranOn;
            try (Placement.Pinning pinning = pin.get()) {
                mask = Affinity.currentThreadCpus();
                ranOn = ProcCpus.cpuOfThisThread();
            }
            return new Parent(mask, ranOn, Affinity.currentThreadCpus());
        }));
    }
}
