package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A report into a folder where one output cannot be written: the previous report stays exactly as
 * it was (no new index.html or charts beside an old summary.md), nothing half new is left, and the
 * error is one line naming the entry (it used to be a 20-line stack trace).
 */
class ReportOutputsTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void oneOutputThatCannotBeWrittenLeavesThePreviousReportIntact() throws IOException {
        new SyntheticResults().writeAll(dir);
        assertEquals(0, CommandRunner.run("report", "--no-charts", dir.toString()).exit());
        Files.writeString(dir.resolve("index.html"), "the previous report");
        Files.writeString(dir.resolve("results.csv"), "previous,csv");
        /* summary.md cannot be written: a folder of the user's holds its place. */
        Files.delete(dir.resolve("summary.md"));
        Files.createDirectories(dir.resolve("summary.md"));
        Files.writeString(dir.resolve("summary.md/notes.txt"), "mine");
        List<String> before = TempDirs.names(dir);

        CommandRunner r = CommandRunner.run("report", dir.toString());

        assertEquals(2, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("report: ")).toList();
        assertEquals(1, errors.size(), "one line of error, no stack trace: " + r.err());
        assertTrue(errors.getFirst().startsWith("error: the report was not written") && errors.getFirst().contains("summary.md"), errors.getFirst());
        assertEquals("the previous report", Files.readString(dir.resolve("index.html")));
        assertEquals("previous,csv", Files.readString(dir.resolve("results.csv")));
        assertEquals("mine", Files.readString(dir.resolve("summary.md/notes.txt")));
        assertFalse(Files.exists(dir.resolve("charts")), "no new charts beside the old report");
        assertEquals(before, TempDirs.names(dir), "no new entry, no staging folder left");
    }

}
