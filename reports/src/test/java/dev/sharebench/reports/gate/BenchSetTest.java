package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The two ways an A/B run gets its parameter sets: a profile file (one line of JMH arguments among
 * comments) and the suite's plan (NAME<TAB>ARGS a line). Errors name the file and line; the
 * accessors read -p and -bm as JMH would, including a trailing option without its value.
 */
class BenchSetTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void aProfileFileIsItsOneArgumentLineAmongComments() throws Exception {
        Path f = Files.writeString(dir.resolve("quick.args"), "# a comment\n\n   # an indented comment\n  Foo.*  -wi 1 -p n=1,2\n");
        BenchSet s = BenchSet.fromFile(f);
        assertEquals("quick", s.name());
        assertEquals(f.toString(), s.source());
        assertEquals(List.of("Foo.*", "-wi", "1", "-p", "n=1,2"), s.args());

        Path two = Files.writeString(dir.resolve("two.args"), "Foo\nBar\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchSet.fromFile(two));
        assertTrue(e.getMessage().startsWith(two + ": expected exactly one line") && e.getMessage().endsWith("found 2"), e.getMessage());
        Path none = Files.writeString(dir.resolve("none.args"), "# only a comment\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchSet.fromFile(none)).getMessage().endsWith("found 0"));
        Path missing = dir.resolve("missing.args");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchSet.fromFile(missing)).getMessage()
                .startsWith(missing + ": cannot read"));
    }

    @Test
    void aPlanGivesOneSetPerLineAndErrorsNameTheLine() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.tsv"), "a\tFoo -wi 1\n\nb\tBar -bm avgt\n");
        List<BenchSet> sets = BenchSet.fromPlan(plan);
        assertEquals(List.of("a", "b"), sets.stream().map(BenchSet::name).toList());
        assertEquals(List.of(plan + ":1", plan + ":2"), sets.stream().map(BenchSet::source).toList());
        assertEquals(List.of("Bar", "-bm", "avgt"), sets.get(1).args());

        Path bad = Files.writeString(dir.resolve("bad.tsv"), "a\tFoo\nno tab here\n");
        assertEquals(bad + ":2: expected NAME<TAB>ARGS", assertThrows(IllegalArgumentException.class, () -> BenchSet.fromPlan(bad)).getMessage());
        Path badFirst = Files.writeString(dir.resolve("bad1.tsv"), "no tab\n");
        assertEquals(badFirst + ":1: expected NAME<TAB>ARGS",
                assertThrows(IllegalArgumentException.class, () -> BenchSet.fromPlan(badFirst)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "\n\n");
        assertEquals(empty + ": no parameter set", assertThrows(IllegalArgumentException.class, () -> BenchSet.fromPlan(empty)).getMessage());
    }

    @Test
    void modesAndParamsAreReadAsJmhReadsThem() {
        assertEquals(2, new BenchSet("x", "t", List.of("Foo", "-bm", "avgt,sample")).modeCount());
        assertEquals(1, new BenchSet("x", "t", List.of("Foo", "-wi", "1")).modeCount());
        assertEquals(1, new BenchSet("x", "t", List.of("Foo", "-bm")).modeCount(), "-bm without a value");
        assertEquals(Map.of("n", List.of("3")), new BenchSet("x", "t", List.of("Foo", "-p", "n=1,2", "-p", "n=3")).paramValues());
        assertEquals(Map.of(), new BenchSet("x", "t", List.of("Foo", "-p")).paramValues(), "-p without a value");
        assertEquals(Map.of("m", List.of("a", "b")), new BenchSet("x", "t", List.of("Foo", "-p", "m=a,b", "-p")).paramValues());
    }
}
