package dev.sharebench.reports.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* The JMH JSON reader on the inputs real CI pipelines produce: JMH's "NaN" strings, empty and
 * corrupt files, and old JMH output without rawData. Every error must name the file and the reason. */
class JmhJsonTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String entry(String primary) {
        return """
                [{"jmhVersion":"1.37","benchmark":"a.B.c","mode":"thrpt","threads":2,"forks":2,
                  "params":{"threads":"2","mechanism":"pipe"},"primaryMetric":%s}]""".formatted(primary);
    }

    @Test
    void readsForksAndParams() throws Exception {
        List<BenchmarkRun> runs = JmhJson.read(file("ok.json", entry(
                "{\"score\":2.5,\"scoreError\":0.1,\"scoreUnit\":\"ops/us\",\"rawData\":[[1,2],[3,4]]}")));
        BenchmarkRun r = runs.getFirst();
        assertEquals("a.B.c [thrpt] mechanism=pipe,threads=2", r.key());
        assertEquals(2, r.primary().forkCount());
        assertEquals(4.0, r.primary().rawData().get(1)[1]);
        assertTrue(r.primary().higherIsBetter());
    }

    @Test
    void secondaryMetricsKeepTheFilesOrder() throws Exception {
        // The report's secondary columns and CSV rows follow this order; an unordered map would
        // shuffle them from one JVM to the next (Map.copyOf's order is salted per JVM).
        List<String> names = List.of("p0.90", "p0.50", "ping", "pong", "p0.99", "p0.00", "gc.alloc.rate", "p1.00", "z", "a");
        String sec = names.stream().map(n -> "\"" + n + "\":{\"score\":1,\"scoreUnit\":\"ns/op\"}")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        String json = entry("{\"score\":1,\"scoreUnit\":\"ns/op\"}").replace("}}]", "},\"secondaryMetrics\":" + sec + "}]");
        BenchmarkRun r = JmhJson.read(file("order.json", json)).getFirst();
        assertEquals(names, List.copyOf(r.secondary().keySet()));
    }

    @Test
    void nanStringsBecomeNaN() throws Exception {
        // JMH writes "NaN" for the error of a single iteration and sometimes for scores.
        BenchmarkRun r = JmhJson.read(file("nan.json", entry(
                "{\"score\":\"NaN\",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\",\"rawData\":[[\"NaN\",\"+INF\",1.5]]}"))).getFirst();
        assertTrue(Double.isNaN(r.primary().score()));
        assertTrue(Double.isNaN(r.primary().scoreError()));
        assertTrue(Double.isNaN(r.primary().rawData().getFirst()[0]));
        assertEquals(Double.POSITIVE_INFINITY, r.primary().rawData().getFirst()[1]);
        assertEquals(1.5, r.primary().rawData().getFirst()[2]);
    }

    @Test
    void emptyFileNamesTheFile() throws Exception {
        Path f = file("empty.json", "");
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJson.read(f));
        assertTrue(e.getMessage().contains("empty.json") && e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void corruptJsonNamesTheFileAndPosition() throws Exception {
        Path f = file("corrupt.json", "[{\"benchmark\":\"a.B.c\", \"mode\": ");
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJson.read(f));
        assertTrue(e.getMessage().contains("corrupt.json") && e.getMessage().contains("not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void notAnArrayIsRejected() throws Exception {
        Path f = file("object.json", "{\"benchmark\":\"x\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJson.read(f));
        assertTrue(e.getMessage().contains("object.json") && e.getMessage().contains("JMH writes an array"), e.getMessage());
    }

    @Test
    void nonNumericScoreNamesTheEntry() throws Exception {
        Path f = file("word.json", entry("{\"score\":\"fast\",\"scoreUnit\":\"ns/op\"}"));
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJson.read(f));
        assertTrue(e.getMessage().contains("word.json") && e.getMessage().contains("a.B.c") && e.getMessage().contains("\"fast\""),
                e.getMessage());
    }

    @Test
    void oldJmhWithoutRawDataReadsWithZeroForks() throws Exception {
        // JMH before 1.12 wrote only score/scoreError/scoreConfidence: readable, but no fork data,
        // so the gate says "insufficient data" instead of inventing a spread.
        BenchmarkRun r = JmhJson.read(file("old.json",
                "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":12.0,\"scoreError\":0.5,"
                        + "\"scoreConfidence\":[11.5,12.5],\"scoreUnit\":\"us/op\"}}]")).getFirst();
        assertEquals(12.0, r.primary().score());
        assertEquals(0, r.primary().forkCount());
        assertEquals(1, r.threads());
        assertEquals(null, r.jmhVersion());
    }

    @Test
    void missingFileIsReported() {
        Path f = dir.resolve("nope.json");
        BadInputException e = assertThrows(BadInputException.class, () -> JmhJson.read(f));
        assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("no such file"), e.getMessage());
    }
}
