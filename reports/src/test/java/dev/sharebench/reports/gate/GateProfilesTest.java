package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/*
 * The gate's JMH profiles (jmh/profiles/gate/*.args) follow the contract gate.sh relies on: one
 * line, benchmark regex first, and none of the options gate.sh sets itself (forks are interleaved
 * one per JMH invocation). gate.sh checks the same at run time; this catches it in CI first.
 * The default thresholds file must parse.
 */
class GateProfilesTest {

    private static final Path GATE = Path.of("..", "jmh", "profiles", "gate");
    private static final List<String> RESERVED = List.of("-f", "-rf", "-rff", "-o", "-jvmArgs", "-jvmArgsAppend", "-jvmArgsPrepend");

    @Test
    void everyGateProfileIsOneLineWithARegexFirstAndNoReservedOption() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(GATE)) {
            files = s.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "gate profiles in " + GATE.toAbsolutePath());
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), f + ": one line");
            String[] toks = lines.getFirst().trim().split("\\s+");
            assertFalse(toks[0].startsWith("-"), f + ": starts with a benchmark regex");
            for (String t : toks) {
                assertFalse(RESERVED.contains(t), f + ": " + t + " is set by gate.sh");
            }
            String name = f.getFileName().toString().replace(".args", "");
            assertTrue(lines.getFirst().contains(name), f + ": the file is named after the benchmark it runs");
        }
    }

    @Test
    void defaultThresholdsFileParses() throws Exception {
        Thresholds t = Thresholds.load(0.05, GATE.resolve("thresholds.txt"));
        assertEquals(0.10, t.deltaFor("dev.sharebench.jmh.floor.FloorBench.roundTrip [avgt] mechanism=cache-line-pingpong"), 1e-12);
        assertEquals(0.05, t.deltaFor("dev.sharebench.jmh.gate.GateCalibrationBench.lockedAdd [sample] holdTokens=1000"), 1e-12);
    }
}
