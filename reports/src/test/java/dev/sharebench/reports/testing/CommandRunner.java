package dev.sharebench.reports.testing;

import dev.sharebench.reports.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps its exit code, stdout and stderr. */
public record CommandRunner(int exit, String out, String err) {

    public static CommandRunner run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRunner(exit, out.toString(), err.toString());
    }
}
