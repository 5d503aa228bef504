package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.testing.CanaryFixtures;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.JmhFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A canary drift planted into recorded forks: hand-made canary JSON for the points of an A/B run
 * (start, middle after round 5, end after round 10) in which FloorBench's round trip jumps from
 * ~70 to ~350 ns between middle and end (the host moved the vCPUs), and gate data in which one
 * benchmark is 20% slower (a FAIL) and one unchanged (a PASS). With the canary both become
 * INCONCLUSIVE, and gate.md and the console say why in their first lines; without it, or with a
 * canary that did not move, the verdicts stand.
 */
class CanaryGateTest {

    private static final String FOO = "org.example.FooBench.run";

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Two benchmarks: mechanism=slow (20% slower in the candidate) and mechanism=same, {@code forks} forks each. */
    private Path side(String name, double slow, int slowForks, int sameForks, long seed) throws IOException {
        return JmhFixtures.write(dir, name,
                JmhFixtures.entry(FOO, "avgt", "ns/op", "\"mechanism\":\"slow\"", JmhFixtures.lognormalForks(seed, slowForks, 5, slow, 0.02, 0.01)),
                JmhFixtures.entry(FOO, "avgt", "ns/op", "\"mechanism\":\"same\"", JmhFixtures.lognormalForks(seed + 1, sameForks, 5, 100, 0.02, 0.01)));
    }

    private Path canary(String name, String points, double... floors) throws IOException {
        return CanaryFixtures.plant(dir.resolve(name), points, floors);
    }

    private CommandRunner gate(Path canary, int slowForks, String out) throws IOException {
        Path b = side("b-" + out + ".json", 100, slowForks, 10, 1);
        Path c = side("c-" + out + ".json", 120, slowForks, 10, 3);
        List<String> args = new java.util.ArrayList<>(List.of("gate", "--baseline", b.toString(), "--candidate", c.toString(),
                "--out", dir.resolve(out).toString()));
        if (canary != null) {
            args.addAll(List.of("--canary", canary.toString()));
        }
        return CommandRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aPlantedDriftMakesStraddlingComparisonsInconclusiveAndIsSaidFirst() throws Exception {
        assertEquals(ExitCode.FAIL, gate(null, 10, "plain").exit(), "control: without the canary the slowdown FAILs");

        Path drifted = canary("drifted", "start\t0\nmiddle\t5\nend\t10\n", 70, 71, 350);
        CommandRunner r = gate(drifted, 10, "drifted");
        assertEquals(ExitCode.OK, r.exit(), r.out() + r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("WARNING: the machine changed during this run: canary `FloorBench.roundTrip [avgt] "
                + "mechanism=cache-line-pingpong` moved from "), first);
        assertTrue(first.matches(".* moved from 7\\d(\\.\\d)? to 3\\d\\d ns/op \\(x4\\.\\d\\d, CI \\[4\\.\\d\\d, 5\\.\\d\\d\\], 95% for the run's comparisons together\\).*"), first);
        assertTrue(first.contains("between middle and end") && first.contains("2 comparison(s) whose forks straddle it are INCONCLUSIVE"), first);
        assertTrue(r.out().lines().skip(1).noneMatch(l -> l.startsWith("WARNING")), "one drift, placed between the nearest points: " + r.out());

        List<String> md = Files.readAllLines(dir.resolve("drifted/gate.md"));
        assertEquals("## Performance gate: INCONCLUSIVE: the machine changed during this run", md.get(0), "never PASS");
        assertTrue(md.get(2).startsWith("> **WARNING:** the machine changed during this run: canary `FloorBench.roundTrip"), md.get(2));
        String text = String.join("\n", md);
        assertTrue(text.contains("without that it would be FAIL") && text.contains("without that it would be PASS"), text);
        assertEquals(0, Stream.of("| **FAIL** |", "| PASS |").filter(text::contains).count(), "no FAIL or PASS row: " + text);
        assertTrue(text.contains("canary `CanaryBench.compute [avgt]` (ns/op)") && text.contains(": no drift beyond 10%"), text);
        assertTrue(text.contains("2 comparison(s) straddle a canary drift (see the warning) and were not judged"), text);
        var json = Json.read(dir.resolve("drifted/gate.json"));
        assertEquals("INCONCLUSIVE", json.path("status").asText(), json.toString());
        assertEquals(0, json.path("exitCode").asInt(-1), json.toString());
        assertTrue(Files.readString(dir.resolve("drifted/gate-junit.xml")).contains("value=\"INCONCLUSIVE: the machine changed during this run\""));
    }

    @Test
    void aCanaryThatDidNotMoveChangesNothing() throws Exception {
        Path calm = canary("calm", "start\t0\nmiddle\t5\nend\t10\n", 70, 71, 70);
        CommandRunner r = gate(calm, 10, "calm");
        assertEquals(ExitCode.FAIL, r.exit(), r.out());
        assertTrue(r.out().startsWith("FAIL"), r.out());
    }

    @Test
    void aDriftDuringRerunsSparesTheSetsThatWereNotRerun() throws Exception {
        // The slow benchmark was rerun (12 forks), the other not (10): the drift after round 10 hits only the first.
        Path late = canary("late", "start\t0\nmiddle\t5\nend\t10\nrerun-end\t12\n", 70, 70, 71, 350);
        CommandRunner r = gate(late, 12, "late");
        String md = Files.readString(dir.resolve("late/gate.md"));
        assertEquals(ExitCode.OK, r.exit(), r.out());
        assertTrue(md.contains("between end and rerun-end; 1 comparison(s)"), md);
        assertTrue(md.contains("| PASS | `" + FOO + " [avgt] mechanism=same`"), md);
        assertTrue(md.contains("| INCONCLUSIVE | `" + FOO + " [avgt] mechanism=slow`"), md);
    }
}
