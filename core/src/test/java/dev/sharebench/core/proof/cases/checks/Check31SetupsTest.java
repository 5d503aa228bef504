package dev.sharebench.core.proof.cases.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.proof.RunSubject;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/*
 * P31 runs every setup the benchmarks measure, so its record can be cited beside any of them: each
 * handoff under every wait strategy it declares (the catalogue's handoff sets, at any profile, name
 * no other), and the floor in every variant any profile of FloorBench runs.
 */
class Check31SetupsTest {

    private final List<RunSubject> subjects = new Check_31_Handoffs().subjects();

    @Test
    void everyHandoffRunsUnderEveryWaitItDeclares() {
        for (String alias : Handoffs.FACTORY.aliases()) {
            List<String> ran = subjects.stream().filter(s -> s.alias().equals(alias)).map(s -> s.params().get("waitStrategy")).toList();
            assertEquals(Handoffs.FACTORY.waits(alias).stream().map(WaitStrategy::alias).toList(), ran, alias);
        }
        assertTrue(subjects.contains(RunSubject.of("disruptor", "waitStrategy", "spin")), "HandoffBench's headline wait");
        assertTrue(subjects.contains(RunSubject.of("array-blocking-queue", "waitStrategy", "block")), subjects.toString());
    }

    @Test
    void everyHandoffSetupOfTheCatalogueIsRun() {
        int checked = 0;
        for (Workload w : Workloads.ALL) {
            for (Profile p : Profile.values()) {
                for (RunSpec spec : w.specs(p)) {
                    List<String> waits = spec.params().getOrDefault("waitStrategy", List.of());
                    for (String mechanism : spec.mechanisms().stream().filter(Handoffs.FACTORY.aliases()::contains).toList()) {
                        for (String wait : waits) {
                            assertTrue(subjects.contains(RunSubject.of(mechanism, "waitStrategy", wait)),
                                    w.name() + " " + p.id() + " measures " + mechanism + " with " + wait + ", P31 does not run it");
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10, "the catalogue names handoff waits: " + checked);
    }

    @Test
    void theFloorRunsEveryVariantOfEveryProfile() {
        List<RunSubject> floors = subjects.stream().filter(s -> s.alias().equals("cache-line-pingpong")).toList();
        assertEquals(8, floors.size(), floors.toString());
        assertEquals(Workloads.FLOOR_HEADLINE, flatten(floors.getFirst().params()), "the headline first");
        for (Profile p : Profile.values()) {
            for (RunSpec spec : Workloads.FLOOR.specs(p)) {
                for (Map<String, String> point : points(spec.params())) {
                    assertTrue(floors.stream().anyMatch(s -> s.params().entrySet().containsAll(point.entrySet())),
                            "FloorBench " + p.id() + " runs " + point + ", P31 does not");
                }
            }
        }
        Set<String> layouts = Set.copyOf(floors.stream().map(s -> s.params().get("layout")).toList());
        assertEquals(Set.of("one-line", "two-lines"), layouts);
    }

    private static List<String> flatten(Map<String, String> params) {
        List<String> out = new ArrayList<>();
        params.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out;
    }

    /* Every combination of the values a spec lists (one point per combination). */
    private static List<Map<String, String>> points(Map<String, List<String>> params) {
        List<Map<String, String>> out = new ArrayList<>(List.of(Map.of()));
        params.forEach((k, values) -> {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> m : out) {
                for (String v : values) {
                    Map<String, String> n = new java.util.HashMap<>(m);
                    n.put(k, v);
                    next.add(n);
                }
            }
            out.clear();
            out.addAll(next);
        });
        return out;
    }
}
