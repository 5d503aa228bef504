package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Pairing;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/* The suite's command line: every plan format prints what it promises; bad selections are usage errors (exit 2). */
class SuiteCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SuiteCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyPlanFormatPrintsItsShape() {
        Result names = run("plan", "--profile", "quick");
        assertEquals(0, names.code(), names.err());
        assertTrue(names.out().lines().anyMatch(l -> l.equals("CounterBench")), names.out());

        Result forks = run("plan", "--profile", "quick", "--format", "forks", "--bench", "^CounterBench$");
        assertEquals(0, forks.code(), forks.err());
        assertTrue(forks.out().contains("CounterBench.contended mechanism=synchronized holdTokens=0 x3 (headline)"), forks.out());
        assertTrue(forks.out().lines().anyMatch(l -> l.startsWith("total ") && l.contains("forks")), forks.out());

        Result sets = run("plan", "--profile", "gate", "--format", "sets");
        assertEquals(0, sets.code(), sets.err());
        sets.out().lines().forEach(l -> {
            assertTrue(l.contains("\t"), "NAME<TAB>ARGS: " + l);
            assertTrue(!l.contains(" -f "), "sets leave the forks to the caller: " + l);
        });

        Result thresholds = run("plan", "--profile", "gate", "--format", "thresholds");
        assertEquals(0, thresholds.code(), thresholds.err());
        assertTrue(thresholds.out().contains(" = "), thresholds.out());
    }

    @Test
    void badSelectionsAreUsageErrors() {
        Result nope = run("plan", "--profile", "quick", "--bench", "NoSuchBench");
        assertEquals(2, nope.code());
        assertTrue(nope.err().contains("matches no workload"), nope.err());
        assertEquals(2, run("plan", "--profile", "quick", "--bench", "Counter(").code());
        assertEquals(2, run("plan", "--profile", "fast").code());
        assertEquals(2, run("plan", "--profile", "quick", "--format", "yaml").code());
        assertEquals(2, run("plan", "--profile", "quick", "--stage", "gpu").code());
        assertEquals(2, run("run", "--profile", "quick", "--out", "/tmp/x", "--timing", "1,2").code());
        Result noForks = run("run", "--profile", "quick", "--out", "/tmp/x", "--forks", "0");
        assertEquals(2, noForks.code());
        assertTrue(noForks.err().contains("--forks must be >= 1"), noForks.err());
    }

    /*
     * A results folder that already holds an earlier run's forks or reference pairs is refused (exit 2)
     * before anything runs: the merge pools every fork file of a workload, and pairs files are appended to.
     */
    @Test
    void aFolderWithAnEarlierRunsResultsIsRefusedBeforeAnythingRuns(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        Path forks = Files.createDirectories(out.resolve("jmh/forks/CounterBench"));
        Files.writeString(forks.resolve("c000-old-f01.json"), "[]");
        Result r = run("run", "--profile", "smoke", "--out", out.toString(), "--bench", "^CounterBench$");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("already holds results of an earlier run (jmh/forks/CounterBench)"), r.err());
        try (Stream<Path> files = Files.list(forks)) {
            assertEquals(1, files.count(), "nothing ran");
        }

        /* The pairs file of a cell's reference: found through the same pairings the runner measures. */
        Path programs = Files.createDirectories(tmp.resolve("refs"));
        Path fresh = tmp.resolve("fresh");
        ReferencePairs refs = new ReferencePairs(programs, fresh, Pairing.all(), 10);
        Workload paired = null;
        Pairing pairing = null;
        for (Workload w : Workloads.ALL) {
            for (Cell c : CellPlanner.fromJar().cells(w.specs(Profile.SMOKE))) {
                if (pairing == null && !refs.pairingsOf(c).isEmpty()) {
                    paired = w;
                    pairing = refs.pairingsOf(c).getFirst();
                }
            }
        }
        assertTrue(pairing != null, "some smoke cell is the Java side of a pairing");
        assertEquals(List.of(), runner(fresh, refs).earlierResults(List.of(paired)), "a new folder holds nothing earlier");
        Files.createDirectories(fresh.resolve("jmh/forks").resolve(paired.name()));
        assertEquals(List.of(), runner(fresh, refs).earlierResults(List.of(paired)), "an empty fork folder is no earlier result");
        Files.createDirectories(refs.file(pairing.id()).getParent());
        Files.writeString(refs.file(pairing.id()), "{}\n");
        assertEquals(List.of(refs.file(pairing.id())), runner(fresh, refs).earlierResults(List.of(paired)));
        Result withPairs = run("run", "--profile", "smoke", "--out", fresh.toString(), "--bench", "^" + paired.name() + "$",
                "--references", programs.toString());
        assertEquals(2, withPairs.code(), withPairs.err());
        assertTrue(withPairs.err().contains("reference/pairs/" + pairing.id() + ".jsonl"), withPairs.err());
    }

    private static SuiteRunner runner(Path out, ReferencePairs refs) {
        return new SuiteRunner(out, "jmh", Profile.SMOKE, UnaryOperator.identity(), 1, List.of(), w -> List.of(), CellPlanner.fromJar(), refs,
                new PrintStream(PrintStream.nullOutputStream()));
    }
}
