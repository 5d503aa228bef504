package dev.sharebench.reports.canary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/* Reading a run's canary folder: points in time order, with or without points.tsv; a listed point that never ran is empty. */
class CanaryPointsTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    private void point(String name, double... iterations) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        StringBuilder raw = new StringBuilder("[[");
        for (int i = 0; i < iterations.length; i++) {
            raw.append(i == 0 ? "" : ",").append(iterations[i]);
        }
        Files.writeString(p.resolve("CanaryBench.json"), """
                [{"jmhVersion":"1.37","benchmark":"dev.sharebench.jmh.canary.CanaryBench.compute","mode":"avgt","threads":1,"forks":1,
                  "params":{},"primaryMetric":{"score":1.0,"scoreError":"NaN","scoreUnit":"ns/op","rawData":%s]]}}]""".formatted(raw));
        Files.createDirectories(p.resolve("forks/CanaryBench"));    // the suite runner's forks: not read again
        Files.writeString(p.resolve("forks/CanaryBench/c000-f1.json"), "not read");
    }

    @Test
    void withoutAnIndexThePointsAreStartMiddleEndThenByName() throws Exception {
        point("end", 3, 3, 3);
        point("extra", 4, 4, 4);
        point("start", 1, 1, 1);
        List<CanaryPoint> points = CanaryPoints.load(dir);
        assertEquals(List.of("start", "end", "extra"), points.stream().map(CanaryPoint::name).toList());
        assertEquals(-1, points.getFirst().afterRound());
        CanaryPoint.Measurement m = points.getFirst().benchmarks().get("dev.sharebench.jmh.canary.CanaryBench.compute [avgt]");
        assertEquals("CanaryBench.compute [avgt]", m.label());
        assertArrayEquals(new double[] {1, 1, 1}, m.iterations());
        assertEquals(1, m.forks());
    }

    @Test
    void theIndexGivesOrderAndRoundsAndAPointThatNeverRanIsEmpty() throws Exception {
        point("start", 1, 1, 1);
        point("end", 2, 2, 2);
        Files.writeString(dir.resolve(CanaryPoints.INDEX), "start\t0\nmiddle\t5\nend\t10\n");
        List<CanaryPoint> points = CanaryPoints.load(dir);
        assertEquals(List.of(0, 5, 10), points.stream().map(CanaryPoint::afterRound).toList());
        assertTrue(points.get(1).benchmarks().isEmpty());
    }

    @Test
    void aBadIndexOrNoFolderIsBadInputNamingTheFile() throws Exception {
        assertThrows(BadInputException.class, () -> CanaryPoints.load(dir.resolve("nope")));
        Files.writeString(dir.resolve(CanaryPoints.INDEX), "start\tzero\n");
        BadInputException e = assertThrows(BadInputException.class, () -> CanaryPoints.load(dir));
        assertTrue(e.getMessage().contains("points.tsv") && e.getMessage().contains("line 1"), e.getMessage());
    }
}
