package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Pairing;
import dev.sharebench.core.catalog.Target;
import dev.sharebench.core.catalog.Workloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* The runner measures a target's reference around exactly the forks of its Java side, and records failures instead of failing. */
class ReferencePairsTest {

    @TempDir
    Path tmp;

    @Test
    void referencesRunAroundTheirCellOnlyAndFailuresAreRecorded() throws Exception {
        Path programs = Files.createDirectory(tmp.resolve("refs"));
        script(programs.resolve("good"), "echo '{\"program\": \"good\", \"unit\": \"us\", \"value\": 42.5}'");
        script(programs.resolve("bad"), "exit 3");
        Path runs = tmp.resolve("runs.log");
        script(programs.resolve("counted"), "echo run >> " + runs + "; echo '{\"unit\": \"us\", \"value\": 7}'");
        Target.Selector pipeCell = Target.Selector.bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "pipe", "placement", "cross-cpu");
        Pairing good = new Pairing("X1", pipeCell, Target.Selector.reference("good", "cc", "--case", "a"));
        Pairing bad = new Pairing("X2", pipeCell, Target.Selector.reference("bad", "cc"));
        Pairing shared1 = new Pairing("X3", pipeCell, Target.Selector.reference("counted", "cc", "--case", "b"));
        Pairing shared2 = new Pairing("G9", pipeCell, Target.Selector.reference("counted", "cc", "--case", "b"));
        Path out = Files.createDirectory(tmp.resolve("out"));
        ReferencePairs refs = new ReferencePairs(programs, out, List.of(good, bad, shared1, shared2), 10);

        List<Cell> cells = CellPlanner.fromJar().cells(Workloads.RTT.specs(Profile.SMOKE));
        Cell pipe = cells.stream().filter(c -> "pipe".equals(c.mechanism()) && "cross-cpu".equals(c.params().get("placement"))).findFirst().orElseThrow();
        Cell uds = cells.stream().filter(c -> "uds".equals(c.mechanism())).findFirst().orElseThrow();
        assertEquals(List.of(), refs.pairingsOf(uds), "a cell that is no pairing's Java side gets no reference");
        List<Pairing> ts = refs.pairingsOf(pipe);
        assertEquals(List.of(good, bad, shared1, shared2), ts);

        refs.measure(ts, pipe, 2, "before");
        refs.measure(ts, pipe, 2, "after");
        List<String> lines = Files.readAllLines(out.resolve("reference/pairs/X1.jsonl"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"fork\":2") && lines.get(0).contains("\"when\":\"before\"") && lines.get(0).contains("\"value\":42.5"), lines.get(0));
        String failed = Files.readAllLines(out.resolve("reference/pairs/X2.jsonl")).getFirst();
        assertTrue(failed.contains("\"error\"") && failed.contains("exited 3"), failed);
        /* Two pairings of one cell with the same case: one run each time, a line in both files. */
        assertEquals(2, Files.readAllLines(runs).size());
        assertEquals(2, Files.readAllLines(out.resolve("reference/pairs/X3.jsonl")).size());
        assertTrue(Files.readAllLines(out.resolve("reference/pairs/G9.jsonl")).getFirst().contains("\"value\":7"));
    }

    @Test
    void everyPairingPairsWithOneCellOfFullAndOfQuick() {
        List<Cell> full = Workloads.ALL.stream().flatMap(w -> CellPlanner.fromJar().cells(w.specs(Profile.FULL)).stream()).toList();
        List<Cell> quick = Workloads.ALL.stream().flatMap(w -> CellPlanner.fromJar().cells(w.specs(Profile.QUICK)).stream()).toList();
        for (Pairing p : Pairing.all()) {
            // A target's judged side is one cell (core's Target names one mechanism); a context row (another wait
            // strategy of the manager, shown beside it) runs in full and may be left out of quick.
            for (var profile : List.of(full, quick)) {
                long n = matching(p, profile);
                int least = p.context() && profile == quick ? 0 : 1;
                assertTrue(n >= least && n <= 1, p.id() + " " + p.bench().params() + " pairs with " + n
                        + " cells (one at most, and at least " + least + ": its reference runs around each of its forks)");
            }
        }
    }

    /* Issue 10 item 7: each FloorBench variant is compared with core-to-core run with the same flags. */
    @Test
    void everyFloorVariantRunsCoreToCoreWithItsOwnFlags() {
        List<Cell> cells = CellPlanner.fromJar().cells(Workloads.FLOOR.specs(Profile.FULL));
        assertEquals(8, cells.size(), "layout x pause x placement");
        ReferencePairs refs = new ReferencePairs(tmp, tmp, Pairing.all(), 10);
        for (Cell c : cells) {
            List<Target.Selector> references = refs.pairingsOf(c).stream().map(Pairing::reference).distinct().toList();
            assertEquals(1, references.size(), c.label());
            assertEquals("core-to-core", references.getFirst().program());
            assertEquals(List.of("--layout", c.params().get("layout"), "--pause", c.params().get("pause"), "--pin", c.params().get("placement")),
                    references.getFirst().args(), c.label());
        }
    }

    private static long matching(Pairing p, List<Cell> cells) {
        return cells.stream().filter(c -> p.bench().selects(c.spec().workload(), c.method(), c.mechanism(), c.params())).count();
    }

    @Test
    void withoutAProgramsFolderNothingIsPaired() {
        ReferencePairs none = new ReferencePairs(null, tmp, Pairing.all(), 10);
        Cell any = CellPlanner.fromJar().cells(Workloads.FLOOR.specs(Profile.SMOKE)).getFirst();
        assertEquals(List.of(), none.pairingsOf(any));
    }

    private static void script(Path p, String body) throws Exception {
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
