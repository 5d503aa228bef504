package dev.sharebench.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.Metric;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/* The default comparison axis: an implementation choice over a size, a switch over a size, never a constant. */
class CompareByTest {

    @Test
    void anImplementationNameWinsOverMoreValues() {
        List<BenchmarkRun> runs = List.of(run("get", Map.of("impl", "HashMap", "size", "1")), run("get", Map.of("impl", "TreeMap", "size", "2")),
                run("get", Map.of("impl", "TreeMap", "size", "3")));
        assertEquals("impl", CompareBy.byRule(runs));
        assertEquals("mapType", CompareBy.byRule(List.of(run("get", Map.of("mapType", "a", "n", "1")), run("get", Map.of("mapType", "b", "n", "2")))));
    }

    @Test
    void aSwitchWinsOverASizeAndAConstantNeverWins() {
        List<BenchmarkRun> runs = List.of(run("lookup", Map.of("useCache", "true", "size", "10", "impl", "x")),
                run("lookup", Map.of("useCache", "false", "size", "1000", "impl", "x")));
        assertEquals("useCache", CompareBy.byRule(runs));
    }

    @Test
    void noVaryingParameterMeansMethodsAndMechanismAlwaysWins() {
        assertEquals(CompareBy.METHOD, CompareBy.byRule(List.of(run("get", Map.of("size", "1")), run("put", Map.of("size", "1")))));
        assertEquals("mechanism", CompareBy.byRule(List.of(run("op", Map.of("mechanism", "a", "type", "x")), run("op", Map.of("mechanism", "a", "type", "y")))));
    }

    @Test
    void requestedAxisAppliesWhereTheClassHasIt() {
        List<BenchmarkRun> runs = List.of(run("get", Map.of("impl", "a", "size", "1")), run("get", Map.of("impl", "b", "size", "2")));
        assertEquals(Map.of("W", "size"), CompareBy.choose(runs, Optional.of("size")));
        assertEquals(Map.of("W", "impl"), CompareBy.choose(runs, Optional.of("colour")));
        assertEquals("size=2", CompareBy.label(runs.get(1), "size"));
        assertEquals("get", CompareBy.label(runs.get(1), CompareBy.METHOD));
    }

    private static BenchmarkRun run(String method, Map<String, String> params) {
        Metric m = new Metric(1, Double.NaN, "ops/s", List.of(new double[] {1}), List.of(), Map.of());
        return new BenchmarkRun(Path.of("W.json"), "1.37", "x.W." + method, "thrpt", 1, 1, "25", "vm", List.of(), params, m, Map.of());
    }
}
