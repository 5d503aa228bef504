package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.reports.Main;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.JmhFixtures;
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

    /** {@code count} benchmarks (mechanism=m0..) in one file, {@code forks} forks each, m0 at {@code first}, the others at 100. */
    private Path sides(String name, int count, int forks, double first, long seed) throws IOException {
        String[] entries = new String[count];
        for (int i = 0; i < count; i++) {
            entries[i] = JmhFixtures.entry(B, "avgt", "ns/op", "\"mechanism\":\"m" + i + "\"",
                    JmhFixtures.lognormalForks(seed + i, forks, 5, i == 0 ? first : 100, 0.01, 0.01));
        }
        return JmhFixtures.write(dir, name, entries);
    }

    @Test
    void regressionExitsOneAndWritesEveryOutput() throws Exception {
        Path o = dir.resolve("out");
        int rc = run("gate", "--baseline", side("b.json", 100, 10, 1).toString(), "--candidate", side("c.json", 125, 10, 2).toString(),
                "--out", o.toString(), "--seed-note", "42");
        assertEquals(ExitCode.FAIL, rc, err.toString());
        String md = Files.readString(o.resolve("gate.md"));
        assertTrue(md.startsWith("## Performance gate: REGRESSION") && md.contains("**FAIL**") && md.contains("10/10")
                && md.contains("seed: 42"), md);
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

    /* A run in which nothing PASSed (every benchmark too noisy to rule out a slowdown) does not headline PASS. */
    @Test
    void aRunWithOnlyInconclusiveComparisonsIsInconclusiveNotPass() throws Exception {
        Path b = JmhFixtures.write(dir, "nb.json", JmhFixtures.entry(B, "avgt", "ns/op", "", JmhFixtures.lognormalForks(7, 10, 5, 100, 0.4, 0.01)));
        Path c = JmhFixtures.write(dir, "nc.json", JmhFixtures.entry(B, "avgt", "ns/op", "", JmhFixtures.lognormalForks(8, 10, 5, 100, 0.4, 0.01)));
        int rc = run("gate", "--baseline", b.toString(), "--candidate", c.toString(), "--out", dir.resolve("noisy").toString());
        assertEquals(ExitCode.OK, rc, err.toString());
        String md = Files.readString(dir.resolve("noisy/gate.md"));
        assertTrue(md.startsWith("## Performance gate: INCONCLUSIVE: no slowdown found, none ruled out\n"), md);
        assertTrue(md.contains("| INCONCLUSIVE |") && !md.contains("| PASS |"), md);
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

    /*
     * Issue 12, found 1: with 1-2 forks a side the gate exits 2, but gate.md started "Performance
     * gate: PASS" and gate.json said "verdict":"PASS", hiding a 20% slowdown in the file posted as
     * the PR comment. Every document must say what the exit code says, and how to get a verdict.
     */
    @Test
    void documentsOfARunWithoutAVerdictSayNoVerdictAndHowToGetOne() throws Exception {
        for (int forks : new int[] {1, 2}) {
            Path o = dir.resolve("out" + forks);
            int rc = run("gate", "--baseline", side("b" + forks + ".json", 100, forks, 20).toString(),
                    "--candidate", side("c" + forks + ".json", 120, forks, 21).toString(), "--out", o.toString());
            assertEquals(ExitCode.BAD_INPUT, rc, err.toString());
            String md = Files.readString(o.resolve("gate.md"));
            assertTrue(md.startsWith("## Performance gate: NO VERDICT: insufficient data\n"), md);
            assertTrue(md.contains("--forks 5"), "the command to record enough forks: " + md);
            assertFalse(md.contains("gate: PASS") || md.contains("| PASS |"), md);
            JsonNode json = JsonMapper.builder().build().readTree(o.resolve("gate.json").toFile());
            assertEquals("NO VERDICT: insufficient data", json.get("verdict").asText());
            assertEquals(ExitCode.BAD_INPUT, json.get("exitCode").asInt());
            assertTrue(json.get("remedy").asText().contains("--forks 5"), json.toString());
            String junit = Files.readString(o.resolve("gate-junit.xml"));
            assertTrue(junit.contains("errors=\"1\"") && junit.contains("<error message=\"NO VERDICT: insufficient data"), junit);
            assertFalse(junit.contains("PASS"), junit);
            assertTrue(out.toString().contains("gate: NO VERDICT: insufficient data"), out.toString());
        }
    }

    /*
     * A FAIL needs Benjamini-Hochberg q < 0.05, and 5 forks a side cannot give a rank-test p below
     * 1/252: with 13 benchmarks a lone regression's q is at best 13/252 = 0.052, so a 30% slowdown
     * cannot FAIL. The gate says so (exit 2) and names the forks that would do (6: 13/924).
     * With 12 benchmarks (12/252 = 0.048) the same slowdown FAILs.
     */
    @Test
    void aRunThatCannotFailALoneRegressionIsNoVerdictNamingTheForksNeeded() throws Exception {
        Path o = dir.resolve("blind");
        int rc = run("gate", "--baseline", sides("b13.json", 13, 5, 100, 30).toString(), "--candidate",
                sides("c13.json", 13, 5, 130, 60).toString(), "--out", o.toString());     // m0 alone 30% slower
        assertEquals(ExitCode.BAD_INPUT, rc, out.toString());
        assertTrue(err.toString().contains("a FAIL was out of reach") && err.toString().contains("--forks 6"), err.toString());
        assertTrue(Files.readString(o.resolve("gate.md")).startsWith("## Performance gate: NO VERDICT: a FAIL was out of reach"));
        assertTrue(Files.readString(o.resolve("gate.md")).contains("13/252 = 0.0516"), Files.readString(o.resolve("gate.md")));

        int rc12 = run("gate", "--baseline", sides("b12.json", 12, 5, 100, 30).toString(), "--candidate",
                sides("c12.json", 12, 5, 130, 60).toString(), "--out", dir.resolve("seeing").toString());
        assertEquals(ExitCode.FAIL, rc12, out.toString());
    }

    @Test
    void theRemedyQuotesTheRecordingCommandWithEnoughForks() throws Exception {
        int rc = run("gate", "--baseline", side("b.json", 100, 2, 22).toString(), "--candidate", side("c.json", 100, 2, 23).toString(),
                "--out", dir.resolve("out").toString(), "--invocation", "./scripts/gate.sh --baseline-jar a.jar --candidate-jar b.jar --forks 2 --seed 9");
        assertEquals(ExitCode.BAD_INPUT, rc);
        assertTrue(Files.readString(dir.resolve("out/gate.md")).contains(
                "`./scripts/gate.sh --baseline-jar a.jar --candidate-jar b.jar --forks 5 --seed 9`"), Files.readString(dir.resolve("out/gate.md")));
        assertEquals("`x --forks 7`", RunVerdict.withForks("x", 7));
        assertEquals("`x --forks 7 -y`", RunVerdict.withForks("x --forks=3 -y", 7));
    }

    @Test
    void theRemovedBootstrapOptionFailsClearly() throws Exception {
        Path b = side("b.json", 100, 10, 24);
        assertEquals(ExitCode.BAD_INPUT, run("gate", "--baseline", b.toString(), "--candidate", b.toString(),
                "--bootstrap-forks", "10", "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("--bootstrap-forks was removed"), err.toString());
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
