package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.reports.Main;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/* `reports gate` end to end: exit codes 0/1/2, every output written, bad files named. */
class GateCommandTest {

    private static final String B = "org.example.FooBench.run";

    @TempDir(factory = TempDirs.class)
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        return cl.execute(args);
    }

    private Path side(String name, double center, int forks, long seed) throws IOException {
        return JmhFixtures.write(dir, name, JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"pipe\"",
                JmhFixtures.lognormalForks(seed, forks, 5, center, 0.02, 0.01)));
    }

    @Test
    void regressionExitsOneAndWritesEveryOutput() throws Exception {
        Path o = dir.resolve("out");
        int rc = run("gate", "--baseline", side("b.json", 100, 10, 1).toString(), "--candidate", side("c.json", 125, 10, 2).toString(),
                "--out", o.toString(), "--seed-note", "42");
        assertEquals(ExitCode.FAIL, rc, err.toString());
        String md = Files.readString(o.resolve("gate.md"));
        assertTrue(md.contains("REGRESSION") && md.contains("**FAIL**") && md.contains("10/10") && md.contains("seed: 42"), md);
        JsonNode json = JsonMapper.builder().build().readTree(o.resolve("gate.json").toFile());
        assertEquals("FAIL", json.get("benchmarks").get(0).get("verdict").asText());
        assertTrue(json.get("benchmarks").get(0).get("ciLower").asDouble() > 1.05);
        String junit = Files.readString(o.resolve("gate-junit.xml"));
        assertTrue(junit.contains("failures=\"1\"") && junit.contains("<failure message=\"FAIL"), junit);
        assertTrue(Files.size(o.resolve("gate-forest.png")) > 1000);
        assertTrue(Files.readString(o.resolve("gate-forest.svg")).contains("<svg"));
    }

    @Test
    void noChangeExitsZero() throws Exception {
        int rc = run("gate", "--baseline", side("b.json", 100, 10, 3).toString(), "--candidate", side("c.json", 100, 10, 4).toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, rc, err.toString());
        assertTrue(out.toString().startsWith("PASS"), out.toString());
    }

    @Test
    void corruptCandidateExitsTwoNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "[{\"benchmark\":");
        int rc = run("gate", "--baseline", side("b.json", 100, 10, 5).toString(), "--candidate", bad.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, rc);
        assertTrue(err.toString().contains("candidate") && err.toString().contains("broken.json") && err.toString().contains("not valid JSON"),
                err.toString());
    }

    @Test
    void emptyBaselineExitsTwo() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        int rc = run("gate", "--baseline", empty.toString(), "--candidate", side("c.json", 100, 10, 6).toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, rc);
        assertTrue(err.toString().contains("empty.json") && err.toString().contains("empty"), err.toString());
    }

    @Test
    void nanScoreExitsTwo() throws Exception {
        Path nan = Files.writeString(dir.resolve("nan.json"), "[" + JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"pipe\"",
                new double[][] {{1.0, 2.0}}).replace("\"score\":1.500000", "\"score\":\"NaN\"") + "]");
        int rc = run("gate", "--baseline", side("b.json", 100, 10, 7).toString(), "--candidate", nan.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, rc);
        assertTrue(err.toString().contains("nan.json") && err.toString().contains("non-finite score"), err.toString());
    }

    @Test
    void onlyInsufficientDataExitsTwoAndSaysSo() throws Exception {
        int rc = run("gate", "--baseline", side("b.json", 100, 3, 8).toString(), "--candidate", side("c.json", 200, 3, 9).toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, rc);
        assertTrue(err.toString().contains("insufficient data"), err.toString());
        assertTrue(Files.readString(dir.resolve("out/gate.md")).contains("insufficient data"));
        JsonNode b = JsonMapper.builder().build().readTree(dir.resolve("out/gate.json").toFile()).get("benchmarks").get(0);
        assertEquals("INSUFFICIENT_DATA", b.get("verdict").asText());
        assertTrue(b.get("ratio").isNull() && b.get("ciLower").isNull(), "no number is offered: " + b);
        assertTrue(Files.readString(dir.resolve("out/gate-junit.xml")).contains("<skipped message=\"insufficient data"));
    }

    @Test
    void badDeltaAndBadThresholdsFileAreUsageErrors() throws Exception {
        Path b = side("b.json", 100, 10, 10);
        assertEquals(ExitCode.BAD_INPUT, run("gate", "--baseline", b.toString(), "--candidate", b.toString(), "--delta", "-1",
                "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("--delta"), err.toString());
        Path t = Files.writeString(dir.resolve("thresholds.txt"), "FooBench = lots\n");
        assertEquals(ExitCode.BAD_INPUT, run("gate", "--baseline", b.toString(), "--candidate", b.toString(), "--thresholds",
                t.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("thresholds.txt line 1") && err.toString().contains("'lots'"), err.toString());
    }

    @Test
    void missingRequiredOptionIsUsageError() {
        assertEquals(ExitCode.BAD_INPUT, run("gate", "--baseline", "x.json"));
    }
}
