package dev.sharebench.jmh.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
}
