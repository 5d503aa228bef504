package dev.sharebench.reports.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.MemoryModelNote;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.ProofFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/*
 * Proof records as JUnit test cases. The planted record P05-fixed.json (ProofFixtures) is hand-made:
 * a fixed variant whose forbidden outcome showed up ("fix failed"). It must come out as a failing test
 * case, a broken variant that did not reproduce as a failure with the record's reason, an error
 * as an error, and the rest as passing tests; the XML must parse.
 */
class ProofJUnitTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void aPlantedFailedFixIsAFailingTestCase() throws Exception {
        Path proofs = ProofFixtures.planted(dir);
        Path xml = dir.resolve("out/proofs-junit.xml");
        CommandRunner r = CommandRunner.run("proofs-junit", proofs.toString(), "--out", xml.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("5 test cases, 3 not passing"), r.out());

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(5, cases.getLength());
        Element p05 = testcase(cases, "P05 fixed");
        assertEquals("sharebench.proofs.P05", p05.getAttribute("classname"));
        Element failure = (Element) p05.getElementsByTagName("failure").item(0);
        assertEquals("FixFailed", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("a FORBIDDEN outcome showed up 3 times"));
        Element p02 = (Element) testcase(cases, "P02 broken").getElementsByTagName("failure").item(0);
        assertEquals("NotReproduced", p02.getAttribute("type"));
        assertTrue(p02.getAttribute("message").contains("2 CPUs never interleave"));
        assertEquals(1, testcase(cases, "P03 fixed").getElementsByTagName("error").getLength());
        for (String passing : new String[] {"P01 broken", "P01 fixed"}) {
            Element c = testcase(cases, passing);
            assertEquals(0, c.getElementsByTagName("failure").getLength() + c.getElementsByTagName("error").getLength(), passing);
        }
        Matcher counts = Pattern.compile("1 FORBIDDEN x3").matcher(Files.readString(xml));
        assertTrue(counts.find(), "the failing case shows the outcome counts behind its verdict");
    }

    /*
     * A reordering proof's Broken variant cannot show its bug on x86-64 (TSO): core records that
     * with MemoryModelNote's reason. CI must list it as skipped with that reason, not as a
     * permanent failure; the same silence on a weaker CPU (or without that note) stays a failure.
     */
    @Test
    void aBrokenVariantThisCpuCannotShowIsSkippedWithTheRecordsReason() throws Exception {
        String tso = MemoryModelNote.notReproduced("amd64").orElseThrow();
        String xml = ProofJUnit.render(List.of(
                silentBroken("P04", "amd64", tso),
                silentBroken("P06", "aarch64", tso),
                silentBroken("P07", "amd64", "The racy interleaving did not occur in 1000 trials on this machine.")));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = doc.getDocumentElement();
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        Element skipped = (Element) testcase(cases, "P04 broken").getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").contains("is TSO"), skipped.getAttribute("message"));
        assertEquals(0, testcase(cases, "P04 broken").getElementsByTagName("failure").getLength());
        assertEquals(1, testcase(cases, "P06 broken").getElementsByTagName("failure").getLength());
        assertEquals(1, testcase(cases, "P07 broken").getElementsByTagName("failure").getLength());
    }

    /* Sanity runs jcstress in the interpreter: a Broken variant silent there for that reason is skipped, not failed. */
    @Test
    void aBrokenVariantSilentInAnInterpreterOnlyRunIsSkipped() throws Exception {
        String xint = "The racy interleaving did not occur. Every fork of this test ran in the interpreter (-Xint, the sanity"
                + " mode's pipeline check): a bug that needs the JIT (a hoisted read, a reordering) cannot show there.";
        String xml = ProofJUnit.render(List.of(silentBroken("P05", "amd64", xint),
                silentBroken("P08", "amd64", "The racy interleaving did not occur in 1000 trials on this machine.")));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList cases = doc.getDocumentElement().getElementsByTagName("testcase");
        Element skipped = (Element) testcase(cases, "P05 broken").getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").contains("interpreter-only"), skipped.getAttribute("message"));
        assertEquals(1, testcase(cases, "P08 broken").getElementsByTagName("failure").getLength());
    }

    private static ProofRecord silentBroken(String id, String arch, String reason) {
        return new ProofRecord(id, Integer.parseInt(id.substring(1)), "Publication", "plain fields", "jcstress", "broken", "X", 1000,
                List.of(new ProofRecord.Outcome("1, 1", 1000, "ACCEPTABLE", "seen in order")), "not reproduced on this hardware",
                reason, arch, "25.0.3", 2, "sanity", 1000, List.of(), false);
    }

    @Test
    void anEmptyOrMissingProofsDirectoryIsBadInput() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CommandRunner r = CommandRunner.run("proofs-junit", dir.resolve("empty").toString(), "--out", dir.resolve("x.xml").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no proof records"), r.err());
        r = CommandRunner.run("proofs-junit", dir.resolve("nope").toString(), "--out", dir.resolve("x.xml").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a directory"), r.err());
    }

    private static Element testcase(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no test case " + name);
    }
}
