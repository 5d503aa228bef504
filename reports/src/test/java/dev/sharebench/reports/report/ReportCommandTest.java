package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A full report on a small synthetic run (the layout run-all.sh writes), rendered headless, with
 * assertions on what a reader sees: anchors, cite lines, ratios, ties, "no CI: one fork", the
 * recommendations (with a mechanism excluded by a failed fix) and the files beside the page.
 */
class ReportCommandTest {

    @TempDir(factory = TempDirs.class)
    static Path dir;
    private static CommandRunner result;
    private static String html;
    private static String md;
    private static List<String> csv;

    @BeforeAll
    static void render() throws IOException {
        System.setProperty("java.awt.headless", "true");
        new SyntheticResults().writeAll(dir);
        result = CommandRunner.run("report", dir.toString());
        html = Files.readString(dir.resolve("index.html"));
        md = Files.readString(dir.resolve("summary.md"));
        csv = Files.readAllLines(dir.resolve("results.csv"));
    }

    @Test
    void exitsZeroAndReportsProgressOnStderr() {
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("report: read jmh/CounterBench.json: 8 benchmark entries"), result.err());
        assertTrue(result.err().contains("report: wrote "), result.err());
    }

    @Test
    void everyFigureAndTableHasAStableAnchorAndACiteLine() {
        for (String id : List.of("tab-recommendations", "headlines", "workload-counterbench", "fig-counterbench-increment-thrpt-threads-2",
                "tab-counterbench-increment-thrpt-threads-2", "fig-counterbench-increment-thrpt-scaling-threads",
                "fig-handofflatencybench-pingpong-sample-percentiles", "tab-handoffbench-transfer-thrpt-capacity-1024-secondary",
                "fig-rttbench-roundtrip-avgt-placement-payloadbytes-8", "fig-rttbench-roundtrip-avgt-scaling-payloadbytes-placement-cross-cpu",
                "fig-proof-outcomes", "tab-proofs", "tab-mechanisms", "tab-environment")) {
            assertTrue(html.contains("id=\"" + id + "\""), "missing anchor " + id);
        }
        String cite = "Cite as: sharebench run 2026-11-22T0100Z-synthetic (quick), commit 0123456789ab, AMD EPYC 7B13, 2 vCPUs (virtualized: KVM), Eclipse Adoptium 25.0.3";
        assertTrue(html.contains(cite), "cite line");
        assertTrue(count(html, "figure #fig-") >= 10, "a cite line under every figure");
        assertTrue(md.contains(cite), "cite line in summary.md");
    }

    @Test
    void anchorsAreUnique() {
        var ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @Test
    void recommendationsComeFirstAndSkipMechanismsWhoseFixFailed() {
        assertTrue(html.indexOf("id=\"tab-recommendations\"") < html.indexOf("id=\"workload-counterbench\""), "recommendations before details");
        // P30's check failed on two of the counters it ran, so they are excluded; long-adder wins, atomic-long is runner-up.
        assertTrue(md.contains("| count | **long-adder** | atomic-long | "), md);
        // long-adder held in that record (judged on its own outcomes): cited as held, not excluded by its neighbours' failure
        assertTrue(Pattern.compile("\\| count \\| \\*\\*long-adder\\*\\* \\|[^\n]*\\| P30 fix held \\|").matcher(md).find(), md);
        assertTrue(html.contains("synchronized (P30 fix failed)"), "excluded mechanism named with the reason");
        assertTrue(md.contains("P01 Lost update: count++ on a shared plain or volatile field (reproduced)"), "pitfall from proof records");
        assertTrue(md.contains("| bulk array | **-** | - | - | not measured in this run |"), md);
        assertTrue(md.contains("| synchronized (P30 fix failed); reentrant-lock (P30 fix failed) |"), md);
    }

    @Test
    void ratiosTiesAndOneForkAreWordedHonestly() {
        // ScratchBench ran one fork: a ratio, but no interval.
        assertTrue(Pattern.compile("1\\.[56]\\d\u00d7 \\(no CI: one fork\\)").matcher(html).find(), "one-fork ratio without CI");
        assertTrue(html.contains(">no CI: one fork</td>"), "rank column says no CI");
        // atomic-long and reentrant-lock were generated from the same distribution: never ranked against each other.
        assertTrue(Pattern.compile("<td class=\"tie\">tie( with (atomic-long|reentrant-lock))?</td>").matcher(html).find(), "tie wording");
        assertTrue(html.contains("<td>2&#x3D;</td>"), "shared position for a tie (\"2=\", HTML-escaped)");
        // long-adder at threads=2 is ~8x atomic-long: a real ratio with an interval that excludes 1.
        assertTrue(Pattern.compile("<td class=\"num\">[78]\\.\\d\\d\u00d7 \\[[78]\\.\\d\\d, [78]\\.\\d\\d\\]</td><td class=\"slower\">slower</td>")
                .matcher(html).find(), "ratio with CI");
    }

    @Test
    void samplePercentilesAndCoreToCoreReferenceAreShown() {
        assertTrue(html.contains("<th>p99.9</th>"), "percentile columns for SampleTime");
        assertTrue(html.contains("Core-to-core reference (this machine, this run): 122 ns"), html);
        // Round-trip charts carry both reference lines: the C probe and FloorBench (the JVM floor).
        String rtt = readChart("fig-rttbench-roundtrip-avgt-payloadbytes-8-placement-cross-cpu.svg");
        assertTrue(rtt.contains("core-to-core round trip (C)") && rtt.contains("JVM floor (FloorBench)"), "reference lines");
    }

    @Test
    void targetsFollowTheRecommendationsInEveryDocument() throws IOException {
        int recs = html.indexOf("id=\"tab-recommendations\"");
        int targets = html.indexOf("id=\"tab-targets\"");
        assertTrue(recs < targets && targets < html.indexOf("id=\"headlines\""), "targets right after the recommendations");
        assertTrue(html.contains("id=\"target-t1\"") && html.contains("table #tab-targets"), "row anchors and a cite line");
        // FloorBench ~130 ns vs the C floor measured around its one fork (120.1 and 122.9 ns): no interval, so "met by a value without CI"; no transports pairs
        assertTrue(Pattern.compile("\\| \\*\\*met").matcher(md).find(), md);
        assertTrue(md.contains("not measured: no same-run reference measurements (needs cc"), md);
        assertTrue(Pattern.compile("This run: 1 met by a value without CI, \\d+ not measured\\.").matcher(md).find(), "the verdicts counted: " + md);
        assertTrue(Pattern.compile("<p>This run: 1 met by a value without CI, \\d+ not measured\\.</p>").matcher(html).find(), "the verdicts counted in html");
        assertTrue(md.indexOf("### Recommendations") < md.indexOf("### Performance targets (same run)"), md);
        var t = Json.MAPPER.readTree(dir.resolve("report.json").toFile()).get("targets");
        assertEquals(dev.sharebench.core.catalog.Targets.ALL.size(), t.size(), "every catalogue target has a row");
        assertEquals("met by a value without CI", t.get(0).get("verdict").asText());
        assertTrue(t.get(0).get("ratio").asDouble() > 1.0 && t.get(0).get("ratio").asDouble() < 1.2, t.get(0).toString());
        assertTrue(t.get(2).get("ratio").isNull(), "no ratio when not measured");
    }

    @Test
    void csvHasOneLinePerMetricWithTheParamVocabulary() {
        assertTrue(csv.getFirst().startsWith("runId,workload,benchmark,mode,mechanism,threads,payloadBytes,capacity,batch,waitStrategy,holdTokens,placement,codec,transport,otherParams,metric,unit,median,ciLow,ciHigh"));
        int columns = fields(csv.getFirst()).size();
        for (String line : csv) {
            assertEquals(columns, fields(line).size(), "ragged CSV line: " + line);
        }
        assertTrue(csv.stream().anyMatch(l -> l.contains("CounterBench,dev.sharebench.jmh.lock.CounterBench.increment,thrpt,long-adder,2,") && l.contains(",fastest,")));
        assertTrue(csv.stream().anyMatch(l -> l.contains(",secondary:producer,ops/us,")), "secondary metrics get their own lines");
        assertEquals(29 + 11, csv.size() - 1, "29 primary rows + 11 secondary rows");
    }

    /** RFC 4180 fields: a quoted field may hold commas, a doubled quote is a quote. */
    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void reportJsonCarriesTheSameNumbers() throws IOException {
        var root = Json.MAPPER.readTree(dir.resolve("report.json").toFile());
        assertEquals("2026-11-22T0100Z-synthetic", root.get("runId").asText());
        var scratch = java.util.stream.StreamSupport.stream(root.get("comparisons").spliterator(), false)
                .filter(c -> c.get("workload").asText().equals("ScratchBench")).findFirst().orElseThrow();
        var second = scratch.get("rows").get(1);
        assertEquals("new-per-call", second.get("mechanism").asText());
        assertTrue(second.get("vsFastest").get("ciLow").isNull(), "no interval with one fork");
        assertEquals("no CI: one fork", second.get("vsFastest").get("note").asText());
        assertEquals("long-adder", root.get("recommendations").get(0).get("best").asText());
    }

    @Test
    void chartsAreRealSvgAndPngFiles() throws IOException {
        List<Path> charts;
        try (var s = Files.list(dir.resolve("charts"))) {
            charts = s.toList();
        }
        assertTrue(charts.size() >= 20, "charts: " + charts);
        // The ranked chart's value axis names its unit and direction (horizontal labels are plain SVG text).
        assertTrue(Files.readString(dir.resolve("charts/fig-counterbench-increment-thrpt-threads-2.svg"))
                .contains("ops/us, higher is better (log scale)"));
        for (Path p : charts) {
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(p), 4);
            if (p.toString().endsWith(".png")) {
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head, p.toString());
            } else {
                String svg = Files.readString(p);
                assertTrue(svg.contains("<svg"), p + " is an SVG document");
            }
            assertTrue(html.contains("charts/" + p.getFileName()), "index.html links " + p.getFileName());
        }
    }

    @Test
    void sameSeedSameNumbers(@TempDir(factory = TempDirs.class) Path copy) throws IOException {
        new SyntheticResults().writeAll(copy);
        assertEquals(0, CommandRunner.run("report", "--no-charts", copy.toString()).exit());
        List<String> again = Files.readAllLines(copy.resolve("results.csv"));
        assertEquals(csv.size(), again.size());
        for (int i = 1; i < csv.size(); i++) {
            assertEquals(csv.get(i).substring(csv.get(i).indexOf(',')), again.get(i).substring(again.get(i).indexOf(',')), "line " + i);
        }
    }

    private static String readChart(String name) {
        try {
            return Files.readString(dir.resolve("charts").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
