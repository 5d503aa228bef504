package dev.sharebench.reports.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sharebench.reports.rank.Analysis;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import dev.sharebench.reports.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The "from the guides" table and the Python reference rows, rendered from a synthetic run: the
 * suite's real guides (core's catalogue), JMH results of some counterparts and Python measurements
 * written the way the suite runner pairs them. Ratios are checked by hand; without any Python
 * measurement the rows are absent with one note, and the report still succeeds.
 */
class GuideRowsTest {

    private static final String PKG = SyntheticResults.PKG;
    private final SyntheticResults synth = new SyntheticResults();

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void everyClassicMechanismOfTheIssueHasAGuideWithJavaCounterparts() {
        List<GuideCatalog.Guide> guides = GuideCatalog.of(TestCatalog.read());
        Set<String> cases = guides.stream().map(g -> g.python().args().get(1) + g.python().args().stream()
                .filter(a -> a.equals("1") || a.equals("2")).collect(Collectors.joining())).collect(Collectors.toSet());
        assertEquals(Set.of("lock-counter1", "lock-counter2", "queue-handoff", "thread-local-scratch2", "dict-threads2", "mp-value-counter",
                "mp-array", "manager-dict-get", "manager-dict-put", "pipe-rtt", "mp-queue-rtt", "shm-spin-rtt"), cases);
        for (GuideCatalog.Guide g : guides) {
            assertEquals("python-guides.py", g.python().program(), g.id());
            assertEquals("python3", g.python().needs(), g.id());
            g.counterparts().forEach(c -> assertTrue(c.java().params().containsKey("mechanism"), g.id() + " names its Java mechanisms"));
        }
    }

    @Test
    void rowsShowBothNumbersAndTheRatioInThePythonValuesDirection() throws Exception {
        writeRun();
        GuideRows.Result r = new GuideRows(ResultsDir.load(dir, s -> { }), analysis()).evaluate(GuideCatalog.of(TestCatalog.read()));
        Map<String, GuideRows.Row> byMechanism = r.rows().stream().filter(x -> !x.guide().equals("G10"))
                .collect(Collectors.toMap(GuideRows.Row::mechanism, x -> x));
        // G5: MapBench ns/op per thread against Python's nsPerOp field (not its ops/s value): geometric mean of 1800 and 2200.
        GuideRows.Row dict = byMechanism.get("synchronized-hashmap");
        assertEquals("G5", dict.guide());
        double python = Math.sqrt(1800.0 * 2200.0);
        assertEquals(60 / python, dict.ratio(), 0.02 * 60 / python);
        assertTrue(dict.verdict().startsWith("Java ") && dict.verdict().endsWith("faster"), dict.verdict());
        assertEquals("MapBench", dict.workload());
        assertTrue(byMechanism.containsKey("concurrent-hashmap"), "the second counterpart has its row too");
        // G6: a rate (adds/s of both processes): Java's total 4e6 ops/s (not its primary 2e6, the benchmark JVM's
        // own) against Python's value 2e5 (not its parentAddsPerSecond 1e5): 20x, faster.
        GuideRows.Row counter = byMechanism.get("mmap-lock");
        assertEquals(20, counter.ratio(), 0.6);
        assertTrue(counter.verdict().matches("Java (19|20)\\.\\d\\d× faster"), counter.verdict());
        assertTrue(counter.note().contains("both processes"), counter.note());
        // G10: the synthetic RttBench pipe runs (50 us) against Python's pipe round trip (100 us); one failed line is skipped.
        List<GuideRows.Row> pipe = r.rows().stream().filter(x -> x.guide().equals("G10") && x.mechanism().equals("pipe")).toList();
        assertEquals(2, pipe.size(), "one row per matching Java run (two payloads)");
        assertEquals(0.5, pipe.getFirst().ratio(), 0.03);
        assertEquals(2, pipe.getFirst().pythonRuns());
        assertEquals(1, dict.javaForks(), "the Java side's forks, shown beside its value as the targets table does");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("G1 ")), "unmeasured guides are named: " + r.notes());
    }

    @Test
    void theReportRendersTheGuidesTableAndPythonRowsBesideTheirWorkloadNeverInRecommendations() throws Exception {
        writeRun();
        CommandRunner run = CommandRunner.run("report", dir.toString());
        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(dir.resolve("summary.md"));
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(md.contains("### From the guides: Python's classic mechanisms beside Java (same run)"), md);
        assertTrue(md.matches("(?s).*\\| G5 a dict shared by threads[^|]*\\| 1990 ns \\| `synchronized-hashmap`  \\| "
                + "(59|60)\\.\\d ns \\(1 fork\\) \\| 0\\.0\\d+× \\| Java 3\\d\\.\\d\\d× faster \\|.*"), md);
        assertTrue(html.contains("id=\"tab-guides\""), "the guides table has an anchor");
        assertTrue(html.contains("id=\"workload-mapbench-python\""), "MapBench's section has its Python rows");
        assertTrue(html.contains("<i>Python</i>: a dict shared by threads"), "Python rows are marked");
        String recommendations = md.substring(md.indexOf("### Recommendations"), md.indexOf("### Performance targets"));
        assertFalse(recommendations.contains("Python") || recommendations.contains("python"), recommendations);
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"ratioJavaOverPython\""), "report.json carries the rows");
        assertTrue(html.contains("(2 runs)") && !html.contains("(1 runs)"), "Python's run count, singular when one");
    }

    @Test
    void withoutPythonTheRowsAreAbsentWithOneNoteAndNoError() throws Exception {
        synth.writeAll(dir);
        CommandRunner run = CommandRunner.run("report", dir.toString());
        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("- The Python reference rows are absent: this run has no Python measurement"), md);
        assertFalse(md.contains("| G1 "), md);
    }

    private Analysis analysis() {
        return new Analysis(IntervalRule.defaults(), Map.of(), TestCatalog.read().workloads().values().stream()
                .filter(w -> w.rankMetric().isPresent()).collect(Collectors.toMap(w -> w.name(), w -> w.rankMetric().orElseThrow())));
    }

    private void writeRun() throws IOException {
        synth.writeAll(dir);
        ArrayNode map = JsonNodeFactory.instance.arrayNode();
        map.add(synth.entry(PKG + "map.MapBench.shared", "avgt", "ns/op", 1, 2, Map.of("mechanism", "synchronized-hashmap",
                "writePercent", "5", "keys", "1024", "threads", "2"), 60, 0.01));
        map.add(synth.entry(PKG + "map.MapBench.shared", "avgt", "ns/op", 1, 2, Map.of("mechanism", "concurrent-hashmap",
                "writePercent", "5", "keys", "1024", "threads", "2"), 25, 0.01));
        SyntheticResults.write(dir.resolve("jmh/MapBench.json"), map);
        ArrayNode counter = JsonNodeFactory.instance.arrayNode();
        var mmapLock = synth.entry(PKG + "xproc.XprocCounterBench.add", "thrpt", "ops/s", 1, 2, Map.of("mechanism", "mmap-lock",
                "batch", "1", "placement", "cross-cpu"), 2e6, 0.01);
        mmapLock.putObject("secondaryMetrics").set("total", synth.metric("ops/s", 1, 2, 4e6, 0.01)); // both processes' ops
        counter.add(mmapLock);
        SyntheticResults.write(dir.resolve("jmh/XprocCounterBench.json"), counter);
        Path pairs = Files.createDirectories(dir.resolve("reference/pairs"));
        Files.writeString(pairs.resolve("G5.jsonl"), """
                {"target": "G5", "cell": "MapBench.shared", "fork": 1, "when": "before", "value": 500000, "unit": "ops/s", "result": {"unit": "ops/s", "value": 500000, "nsPerOp": 1800}}
                {"target": "G5", "cell": "MapBench.shared", "fork": 1, "when": "after", "value": 450000, "unit": "ops/s", "result": {"unit": "ops/s", "value": 450000, "nsPerOp": 2200}}
                """);
        Files.writeString(pairs.resolve("G6.jsonl"), """
                {"target": "G6", "cell": "XprocCounterBench.add", "fork": 1, "when": "before", "value": 200000, "unit": "adds/s", "result": {"value": 200000, "parentAddsPerSecond": 100000}}
                """);
        Files.writeString(pairs.resolve("G10.jsonl"), """
                {"target": "G10", "cell": "RttBench.roundTrip", "fork": 1, "when": "before", "value": 90, "unit": "us", "result": {"value": 90}}
                {"target": "G10", "cell": "RttBench.roundTrip", "fork": 1, "when": "after", "error": "python-guides.py --case pipe-rtt exited 1"}
                {"target": "G10", "cell": "RttBench.roundTrip", "fork": 2, "when": "before", "value": 111.1, "unit": "us", "result": {"value": 111.1}}
                """);
    }
}
