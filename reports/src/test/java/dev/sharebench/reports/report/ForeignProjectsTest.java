package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * Other projects' results, read as theirs. Each fixture is hand-written in the shape real projects
 * commit: JMH 1.21 (one fork, impl=HashMap|TreeMap|..., GC profiler metrics with the old
 * "·gc.alloc.rate" names), JMH 1.37 (two forks, a useCache=true|false switch beside a size,
 * "gc.alloc.rate.norm"), SampleTime with rawDataHistogram only, and a file whose metrics are empty.
 * The report must not open with sharebench's question, recommendations or targets, must rank the
 * parameter that varies within each method (never get against put), and must fail in one line
 * naming the file when a file holds nothing.
 */
class ForeignProjectsTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeEach
    void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void jmh121ImplParameterIsRankedWithinEachMethod() throws IOException {
        String html = report("jmh-1.21-impl-thrpt.json");
        assertTrue(html.contains("<h1>JMH results: MapBench (jmh-1.21-impl-thrpt.json)</h1>"), "title from the data");
        // get and put each rank the implementations; never a table of get against put
        assertRows(html, "MapBench.get (thrpt, size&#x3D;100)", "impl", "impl=HashMap", "impl=ConcurrentHashMap", "impl=TreeMap");
        assertRows(html, "MapBench.put (thrpt, size&#x3D;100)", "impl", "impl=HashMap", "impl=ConcurrentHashMap", "impl=TreeMap");
        assertFalse(html.contains("(methods)") || html.contains("<code>get</code>"), "methods are not rows");
        assertTrue(html.contains("<th>\u00b7gc.alloc.rate.norm (B/op)</th>"), "JMH 1.21's profiler names");
        assertTrue(html.contains("no CI: one fork") || html.contains("no CI: 1 fork"), "one fork: no interval claimed");
    }

    @Test
    void jmh137BooleanSwitchIsTheAxisAndEachMethodIsShownAcrossSizes() throws IOException {
        String html = report("jmh-1.37-usecache-avgt.json");
        assertRows(html, "LookupBench.lookup (avgt, size&#x3D;1000)", "useCache", "useCache=true", "useCache=false");
        assertTrue(html.contains("<th>gc.alloc.rate.norm (B/op)</th>"), "JMH 1.37's profiler names");
        // the method across parameter values: one row per useCache value, one column per size
        assertTrue(html.contains("<h3>LookupBench.lookup (avgt) across parameter values</h3>"), html);
        assertTrue(html.contains("<tr><th>useCache</th><th>size&#x3D;10</th><th>size&#x3D;1000</th></tr>"), "overview columns");

        CommandRunner bySize = CommandRunner.run("report", "--no-charts", "--compare-by", "size", dir.toString());
        assertEquals(0, bySize.exit(), bySize.err());
        String html2 = Files.readString(dir.resolve("index.html"));
        assertRows(html2, "LookupBench.lookup (avgt, useCache&#x3D;false)", "size", "size=10", "size=1000");
    }

    @Test
    void sampleModeWithHistogramsOnly() throws IOException {
        String html = report("jmh-1.37-sample-histogram.json");
        assertRows(html, "CodecBench.decode (sample, payload&#x3D;small)", "codec", "codec=cbor", "codec=json");
        assertTrue(html.contains("<th>p99.9</th>"), "percentiles from the histogram");
        assertFalse(html.contains("tab-codecbench-decode-sample-payload-small-secondary"), "empty secondaryMetrics: no empty table");
        assertTrue(Files.list(dir.resolve("charts")).anyMatch(p -> p.getFileName().toString().endsWith("-percentiles.png")), "latency curve");
    }

    @Test
    void emptyMetricsRenderWithoutInventedNumbers() throws IOException {
        String html = report("jmh-1.37-empty-metrics.json");
        assertRows(html, "FlushBench.flush (thrpt)", "impl", "impl=buffered", "impl=direct");
        assertTrue(html.contains("5000 (no CI: score only (no raw data))"), "JMH's score, no interval");
        assertTrue(html.contains("no data (NaN or empty)"), "the NaN entry says so");
        assertFalse(html.contains("next impl=direct"), "a row without data is nobody's runner-up");
        assertTrue(html.contains("<tr><th>JMH</th><td>1.37</td></tr>"), "the environment comes from the JMH file");
    }

    @Test
    void bestRowsRatioToItselfIsExactlyOne() throws IOException {
        report("jmh-1.37-usecache-avgt.json");
        String csv = Files.readString(dir.resolve("results.csv"));
        String best = csv.lines().filter(l -> l.contains("LookupBench") && l.contains(",fastest,")).findFirst().orElseThrow();
        assertTrue(best.contains(",fastest,1.00000,,,"), "ratio 1, no interval: " + best);
    }

    @Test
    void everyTableScrollsInsteadOfBeingCut() throws IOException {
        String html = report("jmh-1.37-usecache-avgt.json");
        int tables = count(html, "<table");
        assertTrue(tables >= 3, "tables: " + tables);
        assertEquals(tables, count(html, "<div class=\"scroll\"><table"), "every table sits in an overflow-x: auto wrapper");
        assertTrue(html.contains(".scroll { overflow-x: auto;"), "the wrapper scrolls");
    }

    @Test
    void anEmptyResultFileIsOneLineExitTwoNamingIt() throws IOException {
        Files.createDirectories(dir.resolve("jmh"));
        Files.writeString(dir.resolve("jmh/jmh-result.json"), "[ ]\n");
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(2, r.exit(), r.err());
        String error = r.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElseThrow();
        assertTrue(error.contains(dir.resolve("jmh/jmh-result.json") + ": no benchmark entries"), error);
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("index.html")));
    }

    @Test
    void compareByAParameterNoBenchmarkHasExitsTwo() throws IOException {
        TempDirs.copyFixture("jmh-1.21-impl-thrpt.json", dir.resolve("jmh/jmh-1.21-impl-thrpt.json"));
        CommandRunner r = CommandRunner.run("report", "--no-charts", "--compare-by", "colour", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--compare-by colour: no benchmark in this run has that parameter (known: impl, method, size)"), r.err());
        CommandRunner help = CommandRunner.run("report", "--help");
        assertTrue(help.out().contains("--compare-by") && help.out().contains("named like an implementation"), "the rule is in --help");
    }

    /** Renders one fixture as jmh/&lt;name&gt; and checks the sharebench-only parts are absent. */
    private String report(String fixture) throws IOException {
        TempDirs.copyFixture(fixture, dir.resolve("jmh").resolve(fixture));
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("index.html"));
        String md = Files.readString(dir.resolve("summary.md"));
        for (String doc : new String[] {html, md}) {
            assertFalse(doc.contains("Recommendations"), "no recommendations");
            assertFalse(doc.contains("Performance targets"), "no targets");
            assertFalse(doc.contains("how should threads and processes"), "not sharebench's title");
            assertFalse(doc.contains("sharebench run"), "not cited as a sharebench run");
            assertFalse(doc.contains("id=\"proofs\"") || doc.contains("### Proofs"), "no proofs");
        }
        assertTrue(md.contains("## JMH results: "), md);
        return html;
    }

    /** The comparison titled {@code title} has a {@code axis} column and exactly these rows, best first. */
    private static void assertRows(String html, String title, String axis, String... labels) {
        int at = html.indexOf("<h3 id=\"");
        Matcher m = Pattern.compile("<h3 id=\"[^\"]+\">" + Pattern.quote(title) + "</h3>(.*?)</table>", Pattern.DOTALL).matcher(html);
        assertTrue(at >= 0 && m.find(), "no comparison titled " + title);
        String table = m.group(1);
        assertTrue(table.contains("<th>#</th><th>" + axis + "</th>"), "axis column " + axis + " in " + title);
        Matcher row = Pattern.compile("<td title=\"[^\"]*\"><code>([^<]+)</code>").matcher(table);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (row.find()) {
            found.add(row.group(1).replace("&#x3D;", "="));
        }
        assertEquals(java.util.List.of(labels), found, title);
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }
}
