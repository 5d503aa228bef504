package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.jmh.xproc.ForkFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/*
 * Every fork learns its id (its result's path without .json) through ForkFiles.PROPERTY, so its own
 * files start with that id; the ids of LoadLatencyBench's cells differ per mechanism and load, so
 * each (mechanism, load) fork has its own histogram log.
 */
class ForkFilesArgsTest {

    @Test
    void aForkGetsItsResultPathWithoutJsonAsItsFilesPrefix() {
        Path json = Path.of("/r/jmh/forks/LoadLatencyBench/c002-roundTrip-pipe-placement_cross-cpu-loadPercent_50-f03.json");
        List<String> args = SuiteRunner.forkArgs(json, List.of("-prof", "x"));
        assertEquals(List.of("-prof", "x", "-jvmArgsAppend",
                "-D" + ForkFiles.PROPERTY + "=/r/jmh/forks/LoadLatencyBench/c002-roundTrip-pipe-placement_cross-cpu-loadPercent_50-f03"), args);
        assertEquals(List.of(), SuiteRunner.forkArgs(Path.of("/my results/a.json"), List.of()),
                "JMH would split the path at the space: no prefix, no files");
    }

    @Test
    void loadLatencyCellsHaveOneIdPerMechanismAndLoad() {
        List<Cell> cells = CellPlanner.fromJar().cells(Workloads.LOAD_LATENCY.specs(Profile.QUICK));
        Set<String> ids = new HashSet<>();
        Set<String> points = new HashSet<>();
        for (Cell c : cells) {
            assertTrue(ids.add(c.fileId()), c.label());
            points.add(c.mechanism() + "@" + c.params().get("loadPercent") + "@" + c.method());
        }
        assertEquals(cells.size(), points.size(), "a cell is one (mechanism, load)");
        assertTrue(cells.size() >= 6, "quick: 2 mechanisms x 3 loads");
    }
}
