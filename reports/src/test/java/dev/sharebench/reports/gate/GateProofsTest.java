package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.JmhFixtures;
import dev.sharebench.reports.testing.ProofFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/*
 * gate --proofs: correctness beside performance. Same benchmark data on both sides (a PASS); with
 * the planted failed fix (P05 fixed) the gate exits 1 and every output names it; with passing
 * proofs it exits 0; without --proofs the outputs are what they always were.
 */
class GateProofsTest {

    private static final String B = "org.example.FooBench.run";

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private CommandRunner gate(String out, String... extra) throws Exception {
        Path b = JmhFixtures.write(dir, "b.json", JmhFixtures.entry(B, "avgt", "ns/op", "", JmhFixtures.lognormalForks(1, 10, 5, 100, 0.01, 0.005)));
        Path c = JmhFixtures.write(dir, "c.json", JmhFixtures.entry(B, "avgt", "ns/op", "", JmhFixtures.lognormalForks(2, 10, 5, 100, 0.01, 0.005)));
        String[] base = {"gate", "--baseline", b.toString(), "--candidate", c.toString(), "--out", dir.resolve(out).toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CommandRunner.run(args);
    }

    @Test
    void aFailedFixFailsTheGateBesideAPassingPerformanceVerdict() throws Exception {
        Path proofs = ProofFixtures.planted(dir);
        CommandRunner r = gate("out", "--proofs", proofs.toString());
        assertEquals(ExitCode.FAIL, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("PROOF FAILED      P05 fixed") && r.out().contains("PROOF FAILED      P03 fixed"), r.out());
        assertFalse(r.out().contains("PROOF FAILED      P02"), "a blind broken variant is listed, not a regression");

        Path out = dir.resolve("out");
        String md = Files.readString(out.resolve("gate.md"));
        assertTrue(md.startsWith("## Correctness (proofs): REGRESSION"), md);
        assertTrue(md.contains("## Performance gate: PASS"), "the performance verdict is unchanged: " + md);
        assertTrue(md.contains("| `P05 fixed` Lost update | **FAILED** | the fix failed: a FORBIDDEN outcome showed up 3 times |"), md);
        assertTrue(md.contains("`P02 broken`") && md.contains("(not a regression)"), md);

        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("gate.json").toFile());
        assertEquals("REGRESSION", json.get("verdict").asText());
        assertEquals("PASS", json.get("benchmarks").get(0).get("verdict").asText());
        assertEquals("REGRESSION", json.get("correctness").get("verdict").asText());
        assertEquals(3, json.get("correctness").get("notPassing").size());

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("gate-junit.xml").toFile());
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        var suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        assertEquals("sharebench-gate", ((Element) suites.item(0)).getAttribute("name"));
        Element proofSuite = (Element) suites.item(1);
        assertEquals("sharebench-proofs", proofSuite.getAttribute("name"));
        assertEquals("2", proofSuite.getAttribute("failures"));
    }

    @Test
    void passingProofsLeaveThePassAndWithoutProofsNothingChanges() throws Exception {
        CommandRunner r = gate("ok", "--proofs", ProofFixtures.allPassing(dir).toString());
        assertEquals(ExitCode.OK, r.exit(), r.out() + r.err());
        assertTrue(Files.readString(dir.resolve("ok/gate.md")).startsWith("## Correctness (proofs): PASS"));

        CommandRunner plain = gate("plain");
        assertEquals(ExitCode.OK, plain.exit(), plain.err());
        String md = Files.readString(dir.resolve("plain/gate.md"));
        assertTrue(md.startsWith("## Performance gate: PASS") && !md.contains("Correctness"), md);
        assertFalse(Files.readString(dir.resolve("plain/gate-junit.xml")).contains("testsuites"));
        assertFalse(JsonMapper.builder().build().readTree(dir.resolve("plain/gate.json").toFile()).has("correctness"));
    }

    @Test
    void aMissingProofsDirectoryIsBadInput() throws Exception {
        CommandRunner r = gate("bad", "--proofs", dir.resolve("nope").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--proofs") && r.err().contains("not a directory"), r.err());
    }
}
