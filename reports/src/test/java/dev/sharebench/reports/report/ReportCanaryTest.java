package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.testing.CanaryFixtures;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The report and the run's canary, laid out as run-all writes it (canary/start, middle, end; no
 * points.tsv): a drift planted between middle and end (the floor jumps from ~70 to ~350 ns) is the
 * first thing summary.md and index.html say after the title, and report.json carries it; a canary
 * that did not move gives no warning, only its numbers in the notes.
 */
class ReportCanaryTest {

    @TempDir(factory = TempDirs.class)
    static Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static Path run(String name, double... floors) throws Exception {
        Path run = dir.resolve(name);
        new SyntheticResults().writeAll(run);
        CanaryFixtures.plant(run.resolve("canary"), "start\nmiddle\nend\n", floors);
        CommandRunner r = CommandRunner.run("report", run.toString(), "--no-charts");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return run;
    }

    /** The page with the numeric character references the templates escape (` and =) decoded. */
    private static String text(Path html) throws Exception {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(Files.readString(html))
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void aPlantedDriftIsTheFirstThingTheReportSays() throws Exception {
        Path run = run("drifted", 70, 71, 350);
        List<String> md = Files.readAllLines(run.resolve("summary.md"));
        assertTrue(md.get(0).startsWith("## sharebench run "), md.get(0));
        String warning = md.get(2);
        assertTrue(warning.startsWith("> **WARNING:** the machine changed during this run: canary `FloorBench.roundTrip [avgt] "
                + "mechanism=cache-line-pingpong` moved from 7"), warning);
        assertTrue(warning.contains("between middle and end"), warning);
        assertFalse(String.join("\n", md).contains("between start and end"), "one drift, between the nearest points");

        String html = text(run.resolve("index.html"));
        int title = html.indexOf("<h1>");
        int warn = html.indexOf("<p class=\"warning\"><b>WARNING:</b> the machine changed during this run: canary `FloorBench.roundTrip");
        assertTrue(title >= 0 && warn > title, "warning right under the title");
        assertTrue(warn < html.indexOf("Read this first"), "before anything else");

        var json = Json.read(run.resolve("report.json"));
        assertEquals(1, json.path("warnings").size(), json.path("warnings").toString());
    }

    @Test
    void aCanaryThatDidNotMoveIsOnlyANote() throws Exception {
        Path run = run("calm", 70, 71, 70);
        assertFalse(Files.readString(run.resolve("summary.md")).contains("WARNING"));
        String html = text(run.resolve("index.html"));
        assertFalse(html.contains("class=\"warning\""));
        assertTrue(html.contains("<li>canary `FloorBench.roundTrip [avgt] mechanism=cache-line-pingpong` (ns/op): start 7"), html);
        assertTrue(html.contains(": no drift beyond 10%"), html);
    }
}
