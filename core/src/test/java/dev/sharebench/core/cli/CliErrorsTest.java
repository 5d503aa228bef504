package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/* core.jar's errors: one line starting with "error: ", exit 2 for bad input, a stack trace only with --verbose. */
class CliErrorsTest {

    private record Result(int exit, List<String> errLines) {
    }

    private static Result run(String... args) {
        CommandLine cl = CoreMain.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int exit = cl.execute(args);
        return new Result(exit, err.toString().lines().toList());
    }

    @Test
    void aMissingOptionValueIsOneLineAndExitTwo() {
        Result r = run("workloads", "--profile");
        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().size(), "one line, no usage dump: " + r.errLines());
        assertTrue(r.errLines().getFirst().startsWith("error: Missing required parameter for option '--profile'")
                && r.errLines().getFirst().endsWith("(see sharebench-core workloads --help)"), r.errLines().getFirst());
    }

    @Test
    void noSubcommandNamesEveryRegisteredOne() {
        Result r = run();
        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().size(), "one line: " + r.errLines());
        List<String> registered = CoreMain.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
        assertTrue(registered.size() > 2, registered.toString());
        assertEquals("error: a command is required: " + String.join(", ", registered) + " (see sharebench-core --help)", r.errLines().getFirst());
    }

    @Test
    void badInputInACommandIsOneLineAndTheStackTraceNeedsVerbose() {
        Result r = run("coverage", "/nonexistent/sharebench-run");
        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().size(), "one line: " + r.errLines());
        assertTrue(r.errLines().getFirst().startsWith("error: sharebench-core coverage: /nonexistent/sharebench-run"), r.errLines().getFirst());

        Result verbose = run("coverage", "/nonexistent/sharebench-run", "--verbose");
        assertEquals(2, verbose.exit());
        assertTrue(verbose.errLines().size() > 2 && verbose.errLines().stream().anyMatch(l -> l.startsWith("\tat ")), "stack trace: " + verbose.errLines());
    }
}
