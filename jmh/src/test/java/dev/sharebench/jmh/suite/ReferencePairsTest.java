package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Profile;
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
        Target good = new Target("X1", "t", "s", Target.Selector.bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "pipe", "placement", "cross-cpu"),
                Target.Selector.reference("good", "cc", "--case", "a"), 1.3, "<=");
        Target bad = new Target("X2", "t", "s", Target.Selector.bench(Workloads.RTT, "roundTrip", "p50", "mechanism", "pipe", "placement", "cross-cpu"),
                Target.Selector.reference("bad", "cc"), 1.3, "<=");
        Path out = Files.createDirectory(tmp.resolve("out"));
        ReferencePairs refs = new ReferencePairs(programs, out, List.of(good, bad), 10);

        List<Cell> cells = CellPlanner.fromJar().cells(Workloads.RTT.specs(Profile.SMOKE));
        Cell pipe = cells.stream().filter(c -> "pipe".equals(c.mechanism()) && "cross-cpu".equals(c.params().get("placement"))).findFirst().orElseThrow();
        Cell uds = cells.stream().filter(c -> "uds".equals(c.mechanism())).findFirst().orElseThrow();
        assertEquals(List.of(), refs.targetsOf(uds), "a cell that is no target's Java side gets no reference");
        List<Target> ts = refs.targetsOf(pipe);
        assertEquals(List.of(good, bad), ts);

        refs.measure(ts, pipe, 2, "before");
        refs.measure(ts, pipe, 2, "after");
        List<String> lines = Files.readAllLines(out.resolve("reference/pairs/X1.jsonl"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"fork\":2") && lines.get(0).contains("\"when\":\"before\"") && lines.get(0).contains("\"value\":42.5"), lines.get(0));
        String failed = Files.readAllLines(out.resolve("reference/pairs/X2.jsonl")).getFirst();
        assertTrue(failed.contains("\"error\"") && failed.contains("exited 3"), failed);
    }

    @Test
    void withoutAProgramsFolderNothingIsPaired() {
        ReferencePairs none = new ReferencePairs(null, tmp, dev.sharebench.core.catalog.Targets.ALL, 10);
        Cell any = CellPlanner.fromJar().cells(Workloads.FLOOR.specs(Profile.SMOKE)).getFirst();
        assertEquals(List.of(), none.targetsOf(any));
    }

    private static void script(Path p, String body) throws Exception {
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
