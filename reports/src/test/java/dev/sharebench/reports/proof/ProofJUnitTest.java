package dev.sharebench.reports.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.ProofFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
