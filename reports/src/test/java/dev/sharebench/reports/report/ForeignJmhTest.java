package dev.sharebench.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * JMH JSON this project did not write: other packages, no @Param("mechanism") (rows are labelled by
 * method), older JMH versions (1.35, 1.36, and a pre-rawData file), "NaN"/"+INF" strings, secondary
 * metrics with JMH 1.36's "·gc" names, SampleTime histograms, and no manifest at all.
 */
class ForeignJmhTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("java.awt.headless", "true");
        for (String f : new String[] {"foreign-thrpt.json", "foreign-avgt.json", "foreign-sample.json", "old-jmh.json"}) {
            TempDirs.copyFixture(f, dir.resolve("jmh").resolve(f));
        }
    }

    @Test
    void rendersEveryForeignFile() throws IOException {
        CommandRunner r = CommandRunner.run("report", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("no manifest.json"), "says the environment is unknown: " + r.err());
        String html = Files.readString(dir.resolve("index.html"));
        // Methods label the rows when there is no mechanism parameter; ranked in the right direction.
        assertTrue(html.contains("<h3 id=\"hashmapbench-thrpt-size-100\">HashMapBench (thrpt, size&#x3D;100)</h3>"), "thrpt group");
        assertTrue(html.matches("(?s).*<code>get</code>.*<code>put</code>.*"), "get (faster) ranked above put");
        assertTrue(html.matches("(?s).*<code>plus</code>.*<code>builder</code>.*"), "plus (less ns/op) ranked above builder");
        // "·gc.alloc.rate.norm" secondary metric from JMH 1.36.
        assertTrue(html.contains("<th>\u00b7gc.alloc.rate.norm (B/op)</th>"), "secondary metric column with its unit");
        // Two forks: a value without an interval (the interval rule needs three), and it says so.
        assertTrue(html.contains("<td class=\"num\">32.0 (no CI: 2 forks, an interval needs 3)</td>"), "secondary metric value");
        // The old file has neither rawData nor percentiles: JMH's score, no invented interval.
        assertTrue(html.contains("81235 (no CI: score only (no raw data))"), "old JMH score");
        assertTrue(html.contains("2.00\u00d7 (no CI: score only (no raw data))"), "old JMH ratio 81234.5 / 40617.25");
        // SampleTime percentiles come from the histogram (p99.9 = 9 us, p99.99 = 40 us).
        assertTrue(html.contains("<th>p99.99</th>"), "percentiles shown");
        assertTrue(Files.exists(dir.resolve("charts/fig-decodebench-sample-framesize-1024-percentiles.png")), "latency curve");
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.contains("frameSize=1024"), "foreign params go to otherParams");
        assertTrue(csv.contains("secondary:\u00b7gc.alloc.rate.norm,B/op,"), csv);
    }
}
