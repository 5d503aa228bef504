package dev.sharebench.core.catalog;

import static dev.sharebench.core.catalog.Target.Selector.bench;
import static dev.sharebench.core.catalog.Target.Selector.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/*
 * The catalogue's targets: a target against a reference judges one mechanism named in advance (the
 * manager's wait strategy per placement, the others as context rows paired with the same Python
 * case), numbered ids stay put, and the ring target's C case is the Java cell's own parameters.
 */
class TargetRulesTest {

    private static Target target(String id) {
        return Targets.ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTargetAgainstAReferenceNamesOneMechanism() {
        Target.Selector python = reference("python-guides.py", "python3", "--case", "manager-dict-get");
        Target.Selector two = bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "manager-uds,manager-uds-busy-poll");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Target("X", "t", "s", python, two, 2, ">="));
        assertTrue(e.getMessage().contains("exactly one mechanism"), e.getMessage());
        Target.Selector one = bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "manager-uds");
        Target.Selector stream = bench(Workloads.STREAM, "send", "median", "mechanism", "pipe");
        assertThrows(IllegalArgumentException.class, () -> new Target("X", "t", "s", python, one, 2, ">=", List.of(stream)),
                "a context row is a run of the judged side's benchmark");
        assertThrows(IllegalArgumentException.class, () -> new Target("X", "t", "s", one, stream, 2, ">=", List.of(one)),
                "context needs a reference to be compared with");
    }

    @Test
    void numberedIdsStayPutAndTheRingTargetIsAppended() {
        List<String> ids = Targets.ALL.stream().map(Target::id).filter(id -> !id.contains("-")).toList();
        assertEquals(IntStream.rangeClosed(1, 15).mapToObj(i -> "T" + i).toList(), ids);
        assertEquals("T1", Targets.ALL.getFirst().id());
        assertEquals("manager same-cpu vs Python", target("T9").title());
        assertEquals("uds busy-poll cross-cpu vs C", target("T13").title());
    }

    @Test
    void theManagerTargetsJudgeAStrategyFixedPerPlacementAndPairTheOthersAsContext() {
        Map<String, String> judged = Map.of("T9", "manager-uds", "T10", "manager-uds-spin-then-block", "T11", "manager-uds-spin-then-block");
        judged.forEach((id, alias) -> {
            Target t = target(id);
            assertEquals(List.of(alias), t.benchSide().params().get("mechanism"), id);
            List<String> context = t.context().stream().flatMap(c -> c.params().get("mechanism").stream()).sorted().toList();
            List<String> others = List.of("manager-uds", "manager-uds-busy-poll", "manager-uds-spin-then-block").stream()
                    .filter(a -> !a.equals(alias)).toList();
            assertEquals(others, context, id + ": the other two strategies as context");
            assertTrue(t.statement().contains("fixed in advance") && t.statement().contains("not judged"), t.statement());
            List<Pairing> pairings = Pairing.all().stream().filter(p -> p.id().equals(id)).toList();
            assertEquals(3, pairings.size(), id + ": the judged side and both context rows run Python around their forks");
            assertEquals(2, pairings.stream().filter(Pairing::context).count(), id);
            assertEquals(1, pairings.stream().map(Pairing::reference).distinct().count(), id + ": one Python case");
        });
    }

    @Test
    void theRingTargetRunsTheCRingWithTheJavaCellsParameters() {
        Target t = target("T15");
        Target.Selector java = t.numerator();
        assertEquals(">=", t.direction());
        assertEquals(0.7, t.limit());
        assertTrue(java.selects("StreamBench", "send", "mmap-spsc-ring",
                Map.of("payloadBytes", "65536", "capacity", "1048576", "placement", "cross-cpu")), "StreamBench's headline cell");
        assertTrue(!java.selects("StreamBench", "send", "mmap-spsc-ring",
                Map.of("payloadBytes", "65536", "capacity", "65536", "placement", "cross-cpu")), "full's 64 KiB ring is another C case");
        Target.Selector c = t.denominator();
        assertEquals("shm-ring", c.program());
        List<String> args = c.args();
        assertEquals(java.params().get("payloadBytes").getFirst(), args.get(args.indexOf("--payload") + 1));
        assertEquals(java.params().get("capacity").getFirst(), args.get(args.indexOf("--capacity") + 1));
        assertEquals(java.params().get("placement").getFirst(), args.get(args.indexOf("--placement") + 1));
        assertEquals("stamps", args.get(args.indexOf("--check") + 1), "the Java receiver's check, not C's every-byte sum");
    }
}
