package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Pairing;
import dev.sharebench.core.catalog.Params;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Role;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Target;
import dev.sharebench.core.catalog.Targets;
import dev.sharebench.core.catalog.Timing;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.jmh.xproc.CpuPerOpProfiler;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/*
 * The catalogue against the benchmarks compiled into this module (JMH's benchmark list): every
 * workload names a real benchmark class, every parameter set of every profile expands into cells
 * without error (methods exist, fixed params exist, mechanisms only where a mechanism @Param is),
 * and the profiles keep their promises (smoke: one fork, one measurement; full: >= 5 forks).
 */
class CatalogPlanTest {

    private static final CellPlanner PLANNER = CellPlanner.fromJar();

    @Test
    void everyProfileOfEveryWorkloadExpandsIntoCells() {
        for (Profile p : Profile.values()) {
            for (Workload w : Workloads.ALL) {
                List<RunSpec> specs = w.specs(p);
                List<Cell> cells = PLANNER.cells(specs);
                if (!specs.isEmpty()) {
                    assertFalse(cells.isEmpty(), w.name() + " in " + p.id() + " plans no cell");
                }
                Set<String> keys = new HashSet<>();
                cells.forEach(c -> assertTrue(keys.add(c.key()), w.name() + ": " + c.label() + " planned twice in " + p.id()));
            }
        }
    }

    @Test
    void everyRunAllWorkloadHasAHeadlineCellPerMechanism() {
        for (Profile p : List.of(Profile.SMOKE, Profile.QUICK, Profile.FULL)) {
            for (Workload w : Workloads.ALL) {
                List<RunSpec> specs = w.specs(p);
                if (specs.isEmpty()) {
                    continue;
                }
                RunSpec headline = specs.getFirst();
                assertEquals(Role.HEADLINE, headline.role(), w.name());
                List<Cell> cells = PLANNER.cells(headline);
                for (String m : headline.mechanisms()) {
                    assertTrue(cells.stream().anyMatch(c -> m.equals(c.mechanism())), w.name() + " headline lacks " + m);
                }
            }
        }
    }

    @Test
    void profilesKeepTheirPromises() {
        for (Workload w : Workloads.ALL) {
            for (RunSpec s : w.specs(Profile.SMOKE)) {
                assertEquals(1, s.forks(), w.name() + ": smoke runs one fork");
                assertEquals(1, s.timing().iterations(), w.name() + ": smoke measures once");
                assertTrue(s.timing().warmupIterations() <= 1, w.name() + ": smoke warms up at most once");
            }
            for (RunSpec s : w.specs(Profile.FULL)) {
                assertTrue(s.forks() >= 5, w.name() + ": full needs >= 5 forks");
            }
        }
    }

    @Test
    void everyCellArgumentLineSelectsExactlyItsMethod() {
        Cell c = PLANNER.cells(Workloads.COUNTER.specs(Profile.QUICK)).getFirst();
        List<String> args = c.jmhArgs("/tmp/x.json", List.of("--flag"), List.of());
        assertEquals("^dev\\.sharebench\\.jmh\\.lock\\.CounterBench\\." + c.method() + "$", args.getFirst());
        assertTrue(args.containsAll(List.of("-f", "1", "-rff", "/tmp/x.json", "-jvmArgsPrepend", "--flag")), args.toString());
    }

    @Test
    void aParamTheBenchmarkLacksIsRejectedByName() {
        RunSpec typo = new RunSpec("CounterBench", Workloads.COUNTER.benchClass(), "contended", List.of("atomic-long"),
                Params.of("holdTokenz", "0"), 1, Timing.of(0, "100ms", 1, "100ms"), Role.HEADLINE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PLANNER.cells(typo));
        assertTrue(e.getMessage().contains("holdTokenz"), e.getMessage());
    }

    @Test
    void aMethodThatDoesNotExistIsRejected() {
        RunSpec wrong = new RunSpec("CounterBench", Workloads.COUNTER.benchClass(), "nope", List.of("atomic-long"),
                Map.of(), 1, Timing.of(0, "100ms", 1, "100ms"), Role.HEADLINE);
        assertThrows(IllegalStateException.class, () -> PLANNER.cells(wrong));
    }

    @Test
    void theScheduleInterleavesEveryFork() {
        List<Cell> cells = PLANNER.cells(Workloads.COUNTER.specs(Profile.FULL));
        List<Schedule.Slot> slots = Schedule.interleaved(cells, 42);
        int expected = cells.stream().mapToInt(c -> c.spec().forks()).sum();
        assertEquals(expected, slots.size());
        assertEquals(slots, Schedule.interleaved(cells, 42), "same seed, same order");
        // Round r only starts when round r-1 is done: fork numbers never decrease.
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(slots.get(i).fork() >= slots.get(i - 1).fork(), "round order at " + i);
        }
        List<Cell> firstRound = slots.subList(0, cells.size()).stream().map(Schedule.Slot::cell).toList();
        assertFalse(firstRound.equals(cells), "the first round is shuffled, not the catalogue's order");
    }

    /*
     * RttBench's polling rows, chosen by the waits their registrations declare: smoke leaves them all
     * out, quick runs busy-poll at cross-cpu only and leaves spin-then-block out (but for the manager
     * targets' manager-uds-spin-then-block), full runs both at
     * every placement. Quick runs the blocking rows at the headline placement (cross-cpu) and, where
     * a target reads them, at the others; full at every placement. A plan costs nothing: this reads
     * the cells.
     */
    @Test
    void rttPollingRowsPerProfile() {
        Map<Profile, Map<String, Set<String>>> placements = new EnumMap<>(Profile.class);
        for (Profile p : List.of(Profile.SMOKE, Profile.QUICK, Profile.FULL)) {
            placements.put(p, new HashMap<>());
            for (Cell c : PLANNER.cells(Workloads.RTT.specs(p))) {
                placements.get(p).computeIfAbsent(c.mechanism(), k -> new TreeSet<>()).add(c.params().get("placement"));
            }
        }
        Set<String> all = Set.of("cross-cpu", "same-cpu", "os");
        assertEquals(Set.of("cross-cpu"), placements.get(Profile.SMOKE).get("uds"));
        assertTrue(placements.get(Profile.SMOKE).keySet().stream().noneMatch(m -> m.endsWith("-busy-poll") || m.endsWith("-spin-then-block")),
                placements.get(Profile.SMOKE).keySet().toString());
        assertEquals(Set.of("cross-cpu"), placements.get(Profile.QUICK).get("uds-busy-poll"));
        assertFalse(placements.get(Profile.QUICK).containsKey("pipe-spin-then-block"));
        assertEquals(Set.of("cross-cpu", "same-cpu"), placements.get(Profile.QUICK).get("uds"));
        assertEquals(all, placements.get(Profile.QUICK).get("manager-uds"));
        // The manager targets read its best wait strategy: spin-then-block at every placement, busy-poll across CPUs.
        assertEquals(all, placements.get(Profile.QUICK).get("manager-uds-spin-then-block"));
        assertEquals(Set.of("cross-cpu"), placements.get(Profile.QUICK).get("manager-uds-busy-poll"));
        assertEquals(Set.of("cross-cpu"), placements.get(Profile.QUICK).get("mmap-spin"));
        assertEquals(all, placements.get(Profile.FULL).get("uds"));
        assertEquals(all, placements.get(Profile.FULL).get("tcp-busy-poll"));
        assertEquals(all, placements.get(Profile.FULL).get("uds-spin-then-block"));
    }

    /*
     * Quick and full give every headline cell at least the interval rule's 3 forks; every cell a
     * target judges or a guide reads runs (with 3 forks or more in full, as does every target's
     * context row; quick may leave a context row out); quick explores only what a
     * workload names for it, at 1 fork.
     */
    @Test
    void headlinesAndTargetCellsGetIntervalForks() {
        for (Profile p : List.of(Profile.QUICK, Profile.FULL)) {
            List<Cell> cells = Workloads.ALL.stream().flatMap(w -> PLANNER.cells(w.specs(p)).stream()).toList();
            for (Cell c : cells) {
                if (c.spec().role() == Role.HEADLINE) {
                    assertTrue(c.spec().forks() >= 3, p.id() + ": " + c.label() + " has " + c.spec().forks() + " forks");
                }
            }
            List<Target.Selector> read = new java.util.ArrayList<>();
            Targets.ALL.forEach(t -> read.addAll(List.of(t.numerator(), t.denominator())));
            Pairing.all().stream().filter(pair -> !pair.context() || p == Profile.FULL).forEach(pair -> read.add(pair.bench()));
            int forks = p == Profile.FULL ? 3 : 1;
            for (Target.Selector side : read.stream().filter(Target.Selector::isBench).toList()) {
                assertTrue(cells.stream().anyMatch(c -> c.spec().forks() >= forks
                                && side.selects(c.spec().workload(), c.method(), c.mechanism(), c.params())),
                        p.id() + ": no cell with >= " + forks + " forks for " + side.bench() + " " + side.params());
            }
        }
        List<Cell> quick = Workloads.ALL.stream().flatMap(w -> PLANNER.cells(w.specs(Profile.QUICK)).stream()).toList();
        assertTrue(quick.stream().filter(c -> c.spec().role() != Role.HEADLINE).allMatch(c -> c.spec().forks() == 1));
        assertTrue(quick.stream().noneMatch(c -> c.spec().workload().equals("CounterBench") && c.params().get("holdTokens").equals("16")),
                "quick explores CounterBench only where the catalogue says so");
    }

    @Test
    void crossProcessForksGetTheCpuProfilerAndTheJfrPassKeepsItsOwn() {
        String cpu = CpuPerOpProfiler.class.getName();
        assertEquals(List.of("-prof", cpu), SuiteCommand.profilers(Workloads.RTT, Path.of("j"), null));
        assertEquals(List.of(), SuiteCommand.profilers(Workloads.COUNTER, Path.of("j"), null));
        List<String> jfr = SuiteCommand.profilers(Workloads.RTT, Path.of("/r/jfr/RttBench"), Path.of("/x.jfc"));
        assertEquals(List.of("-prof", cpu, "-prof", "jfr:dir=/r/jfr/RttBench;configName=/x.jfc"), jfr);
    }
}
