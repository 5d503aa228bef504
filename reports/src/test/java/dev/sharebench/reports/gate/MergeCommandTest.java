package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.JmhFixtures;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * `reports merge`: files pooled into one JMH file (--out), and the suite runner's one-fork-per-file
 * folders merged per workload (--forks-of), where a workload with a failed fork or without its
 * schedule is left out and named, never merged from what happens to be there. The merged file's
 * score, error, confidence interval and percentiles are JMH's, recomputed over all forks.
 */
class MergeCommandTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir(factory = TempDirs.class)
    Path dir;

    private Path fork(Path folder, String name, double... values) throws Exception {
        Files.createDirectories(folder);
        return JmhFixtures.write(folder, name, JmhFixtures.entry("x.Y.z", "avgt", "ns/op", "", new double[][] {values}));
    }

    @Test
    void outPoolsTheFilesAndRecomputesJmhsStatistics() throws Exception {
        Path a = fork(dir, "a.json", 1, 2, 3);
        Path b = fork(dir, "b.json", 4, 5, 6);
        Path out = dir.resolve("all.json");
        CommandRunner r = CommandRunner.run("merge", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals("merged 2 files into " + out, r.out().strip());
        JsonNode pm = JSON.readTree(out.toFile()).get(0).get("primaryMetric");
        assertEquals(2, JSON.readTree(out.toFile()).get(0).get("forks").asInt());
        assertEquals(3.5, pm.get("score").asDouble(), 1e-12);
        // JMH: t(0.9995, 5) * sd / sqrt(6), sd = sqrt(3.5)
        double error = 6.868826626 * Math.sqrt(3.5) / Math.sqrt(6);
        assertEquals(error, pm.get("scoreError").asDouble(), 1e-6);
        assertEquals(3.5 - error, pm.get("scoreConfidence").get(0).asDouble(), 1e-6);
        assertEquals(3.5 + error, pm.get("scoreConfidence").get(1).asDouble(), 1e-6);
        assertEquals(1.0, pm.get("scorePercentiles").get("0.0").asDouble());
        assertEquals(6.0, pm.get("scorePercentiles").get("100.0").asDouble());
        assertTrue(pm.get("scorePercentiles").has("99.99"), "JMH's key for 99.99: " + pm.get("scorePercentiles"));
    }

    @Test
    void twoValuesHaveNoErrorAndThreeHaveOne() throws Exception {
        Path out = dir.resolve("two.json");
        JmhMerge.write(java.util.List.of(fork(dir, "a.json", 1), fork(dir, "b.json", 3)), out);
        JsonNode pm = JSON.readTree(out.toFile()).get(0).get("primaryMetric");
        assertEquals(2.0, pm.get("score").asDouble(), 1e-12);
        assertEquals("NaN", pm.get("scoreError").asText());
        assertEquals("[\"NaN\",\"NaN\"]", pm.get("scoreConfidence").toString());
        JmhMerge.write(java.util.List.of(fork(dir, "a.json", 1), fork(dir, "b.json", 3), fork(dir, "c.json", 5)), out);
        assertTrue(JSON.readTree(out.toFile()).get(0).get("primaryMetric").get("scoreError").isNumber());
    }

    /* SampleTime results: histogram bins (value, count) are pooled and weighted by their counts. */
    @Test
    void histogramsArePooledAndWeightedByTheirCounts() throws Exception {
        Path a = Files.writeString(dir.resolve("s1.json"), sample("[[[[10.0,3],[20.0,1]]]]", "{\"·gc.alloc.rate\":{\"score\":1,\"scoreUnit\":\"MB/sec\",\"rawData\":[[1.0]]}}"));
        Path b = Files.writeString(dir.resolve("s2.json"), sample("[[[[30.0,1]]]]", "{\"·gc.alloc.rate\":{\"score\":3,\"scoreUnit\":\"MB/sec\",\"rawData\":[[3.0]]},"
                + "\"·other\":{\"score\":7,\"scoreUnit\":\"x\",\"rawData\":[[7.0]]}}"));
        Path out = dir.resolve("s.json");
        JmhMerge.write(java.util.List.of(a, b), out);
        JsonNode e = JSON.readTree(out.toFile()).get(0);
        JsonNode pm = e.get("primaryMetric");
        assertEquals(2, e.get("forks").asInt());
        assertEquals((3 * 10 + 20 + 30) / 5.0, pm.get("score").asDouble(), 1e-12);
        assertEquals(dev.sharebench.reports.stats.Percentile.of(new double[] {10, 20, 30}, new double[] {3, 1, 1}, 50),
                pm.get("scorePercentiles").get("50.0").asDouble(), 1e-12);
        assertEquals(30.0, pm.get("scorePercentiles").get("100.0").asDouble());
        JsonNode gc = e.get("secondaryMetrics").get("·gc.alloc.rate");
        assertEquals("[[1.0],[3.0]]", gc.get("rawData").toString());
        assertEquals(2.0, gc.get("score").asDouble(), 1e-12);
        assertEquals("[[7.0]]", e.get("secondaryMetrics").get("·other").get("rawData").toString(), "a metric of one side is kept");
    }

    private static String sample(String histogram, String secondary) {
        return "[{\"jmhVersion\":\"1.37\",\"benchmark\":\"x.Y.s\",\"mode\":\"sample\",\"threads\":1,\"forks\":1,\"jdkVersion\":\"25\","
                + "\"vmName\":\"t\",\"jvmArgs\":[],\"params\":{},\"primaryMetric\":{\"score\":1,\"scoreError\":\"NaN\",\"scoreConfidence\":[\"NaN\",\"NaN\"],"
                + "\"scorePercentiles\":{},\"scoreUnit\":\"us/op\",\"rawDataHistogram\":" + histogram + "},\"secondaryMetrics\":" + secondary + "}]";
    }

    @Test
    void forksOfMergesEachWorkloadWhoseForksAllRanAndNamesTheOthers() throws Exception {
        Path jmh = dir.resolve("jmh");
        Path forks = jmh.resolve("forks");
        fork(forks.resolve("Good"), "f1.json", 1, 2);
        fork(forks.resolve("Good"), "f2.json", 3, 4);
        Files.writeString(forks.resolve("Good").resolve("schedule.tsv"), "1\tGood\tOK\n2\tGood\tOK\n");
        fork(forks.resolve("Broken"), "f1.json", 1);
        Files.writeString(forks.resolve("Broken").resolve("schedule.tsv"), "1\tBroken\tOK\n2\tBroken\tFAILED\n");
        fork(forks.resolve("Unscheduled"), "f1.json", 1);
        Files.writeString(forks.resolve("stray.txt"), "not a workload");

        CommandRunner r = CommandRunner.run("merge", "--forks-of", jmh.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals("merged 2 forks into " + jmh.resolve("Good.json"), r.out().strip());
        assertEquals(2, JSON.readTree(jmh.resolve("Good.json").toFile()).get(0).get("forks").asInt());
        assertFalse(Files.exists(jmh.resolve("Broken.json")));
        assertFalse(Files.exists(jmh.resolve("Unscheduled.json")));
        assertTrue(r.err().contains("merge: Broken: a fork failed, left out of jmh/ (forks kept in " + forks.resolve("Broken") + ")"), r.err());
        assertTrue(r.err().contains("merge: Unscheduled: no schedule.tsv, left out"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());

        Files.writeString(forks.resolve("Good").resolve("f3.json"), "not json");
        CommandRunner bad = CommandRunner.run("merge", "--forks-of", jmh.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("error: ") && bad.err().contains("f3.json"), bad.err());
    }

    @Test
    void badArgumentsAreRefused() throws Exception {
        Path a = fork(dir, "a.json", 1);
        String[][] cases = {
            {"give either --out FILE with PATH..., or --forks-of DIR alone"},
            {"give either", "--out", dir.resolve("o.json").toString(), "--forks-of", dir.toString()},
            {"give either", "--forks-of", dir.toString(), a.toString()},
            {"forks: no such directory (not written by the suite runner?)", "--forks-of", dir.toString()},
            {"no-such.json", "--out", dir.resolve("o.json").toString(), dir.resolve("no-such.json").toString()},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "merge";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            CommandRunner r = CommandRunner.run(args);
            assertEquals(ExitCode.BAD_INPUT, r.exit(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[0]), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("o.json")));
    }
}
