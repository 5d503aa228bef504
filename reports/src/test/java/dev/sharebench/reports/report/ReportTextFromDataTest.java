package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * Every sentence that states a finding comes from the run: the same report rendered from two
 * synthetic runs that contradict each other (another counter wins; another CPU architecture) must
 * say different things, and nothing either run contradicts may be printed in both. The memory-model
 * remark ("x86-64 ... TSO") appears only when the manifest says the CPU is x86-64.
 */
class ReportTextFromDataTest {

    @Test
    void findingsAndHardwareRemarksFollowTheRunNotTheTemplate(@TempDir(factory = TempDirs.class) Path base) throws IOException {
        Path today = base.resolve("today");
        Path other = base.resolve("contradicting");
        new SyntheticResults().writeAll(today);
        // synchronized now the fastest counter by far and long-adder the slowest, on an ARM machine.
        new SyntheticResults().arch("aarch64")
                .counters(SyntheticResults.ordered("long-adder", 20.0, "atomic-long", 100.0, "reentrant-lock", 100.0, "synchronized", 900.0))
                .writeAll(other);
        String a = render(today);
        String b = render(other);

        String headlineA = counterHeadline(a);
        String headlineB = counterHeadline(b);
        assertTrue(headlineA.contains("long-adder is fastest"), headlineA);
        assertTrue(headlineB.contains("synchronized is fastest"), headlineB);
        assertNotEquals(headlineA, headlineB);

        assertTrue(a.contains("this run's CPU is x86-64, which is TSO"), "x86 manifest: the TSO remark is made");
        assertFalse(b.contains("TSO"), "aarch64 manifest: no x86 memory-model remark anywhere in the report");
        assertTrue(b.contains("CPU architecture of this run: aarch64"), "the architecture named is the manifest's");

        // No fixed timing claims: the sentences the old templates printed on every run are gone from both.
        for (String fixed : List.of("~60 us", "0.5-1 us", "wake-up dominates")) {
            assertFalse(a.contains(fixed) || b.contains(fixed), "fixed text '" + fixed + "' in a report");
        }
        // A deterministic proof is not presented as a rate.
        assertTrue(a.contains("deterministic (1,000,000 trials, not a rate)"), "deterministic proof labelled as such");
    }

    private static String render(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(0, r.exit(), r.err());
        return Files.readString(dir.resolve("index.html")) + "\n" + Files.readString(dir.resolve("summary.md"));
    }

    private static String counterHeadline(String report) {
        var m = Pattern.compile("<b>CounterBench</b></a>: ([^<]*)</li>").matcher(report);
        assertTrue(m.find(), "CounterBench headline");
        return m.group(1);
    }
}
