package dev.sharebench.reports;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.compare.CompareCommand;
import dev.sharebench.reports.gate.CalibrateCommand;
import dev.sharebench.reports.gate.GateAbCommand;
import dev.sharebench.reports.gate.GateCommand;
import dev.sharebench.reports.gate.MergeCommand;
import dev.sharebench.reports.report.ReportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Entry point of {@code reports/target/reports.jar}. Exit codes shared by every command
 * ({@link ExitCode}): 0 ok/pass, 1 regression or failed check, 2 bad input or usage.
 */
@Command(name = "reports", mixinStandardHelpOptions = true, version = "sharebench reports 0.1.0",
        description = "Read benchmark results (JMH JSON, proof records, JFR, manifest); write reports; gate regressions.",
        subcommands = {ReportCommand.class, CompareCommand.class, GateCommand.class, GateAbCommand.class, MergeCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (report, gate)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        return cl;
    }
}
