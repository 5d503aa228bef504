package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.Main;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* Bad input: exit code 2 and a message that names the file (or argument) and the reason. */
class MalformedInputTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void truncatedJmhJsonExitsTwoNamingTheFile() throws IOException {
        TempDirs.copyFixture("truncated.json", dir.resolve("jmh/CounterBench.json"));
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(dir.resolve("jmh/CounterBench.json").toString()), r.err());
        assertTrue(r.err().contains("not valid JSON"), r.err());
        assertFalse(Files.exists(dir.resolve("index.html")), "no half-written report");
    }

    /* The gate rejects such a file (exit 2); the report used to say "X is fastest ... NaN" and exit 0. */
    @Test
    void allNaNResultExitsTwoNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        String entry = """
                {"jmhVersion": "1.37", "benchmark": "org.example.Bench.%s", "mode": "avgt", "threads": 1, "forks": 1,
                 "primaryMetric": {"score": "NaN", "scoreError": "NaN", "scoreUnit": "ns/op", "rawData": [["NaN", "NaN"]]},
                 "secondaryMetrics": {}}""";
        Path nan = Files.writeString(dir.resolve("jmh/Bench.json"), "[" + entry.formatted("a") + "," + entry.formatted("b") + "]");
        CommandRunner r = CommandRunner.run("report", "--no-charts", dir.toString());
        assertEquals(2, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("report: ")).toList();
        assertEquals(List.of("error: " + nan + ": every result has a non-finite score (NaN or infinite): the benchmarks failed or measured nothing"),
                errors);
        assertFalse(Files.exists(dir.resolve("index.html")), "no report of NaN");
    }

    @Test
    void jsonThatIsNotJmhExitsTwo() throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        Files.writeString(dir.resolve("jmh/Other.json"), "{\"benchmark\": \"x\"}");
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Other.json: not a JMH result file: the top level is a JSON object"), r.err());
    }

    @Test
    void badProofRecordExitsTwoNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("proofs"));
        Files.writeString(dir.resolve("proofs/P01-broken.json"), "{\"id\": \"P01\", \"variant\": \"broken\", \"verdict\": \"maybe\"}");
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("P01-broken.json: proof P01: unknown verdict 'maybe'"), r.err());
    }

    @Test
    void malformedManifestExitsTwo() throws IOException {
        new SyntheticResults().writeAll(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"runId\": ");
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("manifest.json: not valid JSON"), r.err());
    }

    @Test
    void missingDirectoryEmptyDirectoryAndUnknownBaselineExitTwo() throws IOException {
        CommandRunner missing = CommandRunner.run("report", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("not a directory"), missing.err());

        CommandRunner empty = CommandRunner.run("report", dir.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("nothing to report"), empty.err());

        new SyntheticResults().writeAll(dir);
        CommandRunner baseline = CommandRunner.run("report", "--no-charts", "--baseline", "CounterBench=no-such-alias", dir.toString());
        assertEquals(2, baseline.exit());
        assertTrue(baseline.err().contains("--baseline CounterBench=no-such-alias: no such workload/mechanism"), baseline.err());

        CommandRunner unknown = CommandRunner.run("report", "--replicates", "5", dir.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown option"), unknown.err());
    }

    @Test
    void helpAndUsage() {
        CommandRunner help = CommandRunner.run("report", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("RESULTS_DIR") && help.out().contains("--baseline"), help.out());
        CommandRunner none = CommandRunner.run("report");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required parameter: 'RESULTS_DIR'"), none.err());
    }

    /* No command: the one error line names every registered command (and every history command), none typed by hand. */
    @Test
    void noCommandListsEveryCommandOfTheRegistry() {
        CommandRunner none = CommandRunner.run();
        assertEquals(2, none.exit());
        assertEquals(1, none.err().lines().count(), none.err());
        List<String> registered = Main.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
        assertTrue(registered.size() > 2, registered.toString());
        assertTrue(none.err().startsWith("error: a command is required: " + String.join(", ", registered) + " (see reports --help)"), none.err());
        CommandRunner history = CommandRunner.run("history");
        assertEquals(2, history.exit());
        assertTrue(history.err().startsWith("error: a command is required: add, show, detection-quality, scale-test (see reports history --help)"),
                history.err());
    }
}
