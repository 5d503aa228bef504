package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.RunSpec;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The contract between the workload catalogue's gate sets and the A/B runner: every set, as the
 * suite's plan prints it (its JMH arguments without -f), is a valid BenchSet (regex first, none of
 * the options the runner owns), and the catalogue's gate thresholds parse and apply.
 */
class GateSetsTest {

    @TempDir
    Path tmp;

    @Test
    void everyCatalogueGateSetIsAValidBenchSet() throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (Workload w : Workloads.ALL) {
            for (RunSpec s : w.specs(Profile.GATE)) {
                List<String> args = new ArrayList<>(s.jmhArgs());
                args.subList(args.size() - 2, args.size()).clear();
                lines.add(w.name() + "\t" + String.join(" ", args));
                selected.add(s.benchClass() + "." + s.methods());
            }
        }
        assertTrue(lines.size() >= 3, "gate sets: " + lines);
        Path plan = tmp.resolve("sets.tsv");
        Files.write(plan, lines);
        List<BenchSet> sets = BenchSet.fromPlan(plan);
        assertEquals(lines.size(), sets.size());
        for (int i = 0; i < sets.size(); i++) {
            BenchSet b = sets.get(i);
            assertFalse(b.regexes().isEmpty(), b.name());
            assertTrue(b.selects(selected.get(i)), b.name() + " selects " + selected.get(i));
            assertFalse(b.selects(selected.get(i) + "Other"), b.name() + " selects only its own method");
        }
    }

    @Test
    void reservedOptionsAndBadRegexesAreRefusedBeforeMeasuring() {
        assertThrows(IllegalArgumentException.class, () -> new BenchSet("x", "test", List.of("Foo", "-f", "3")));
        assertThrows(IllegalArgumentException.class, () -> new BenchSet("x", "test", List.of("-wi", "3")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BenchSet("x", "test", List.of("Foo(", "-wi", "1")));
        assertTrue(e.getMessage().contains("not a valid regex"), e.getMessage());
    }

    @Test
    void catalogueThresholdsParseAndApply() throws Exception {
        Path file = tmp.resolve("thresholds.txt");
        Files.write(file, Workloads.gateThresholdLines());
        Thresholds t = Thresholds.load(0.05, file);
        assertEquals(0.10, t.deltaFor("dev.sharebench.jmh.floor.FloorBench.roundTrip [avgt] mechanism=cache-line-pingpong"), 1e-12);
        assertEquals(0.05, t.deltaFor("dev.sharebench.jmh.gate.GateCalibrationBench.lockedAdd [sample] holdTokens=1000"), 1e-12);
        assertEquals(0.10, t.deltaFor("dev.sharebench.jmh.queue.HandoffLatencyBench.polling [sample] capacity=64 mechanism=x waitStrategy=park"), 1e-12);
    }
}
