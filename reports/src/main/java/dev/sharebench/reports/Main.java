package dev.sharebench.reports;

import dev.sharebench.reports.ci.CiStepsCommand;
import dev.sharebench.reports.common.CliErrors;
import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.compare.CompareCommand;
import dev.sharebench.reports.compare.IntervalCoverageCommand;
import dev.sharebench.reports.gate.CalibrateCommand;
import dev.sharebench.reports.gate.GateAbCommand;
import dev.sharebench.reports.gate.GateCommand;
import dev.sharebench.reports.gate.MergeCommand;
import dev.sharebench.reports.history.HistoryCommand;
import dev.sharebench.reports.report.ProofsJUnitCommand;
import dev.sharebench.reports.report.ReportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Entry point of {@code reports/target/reports.jar}. Exit codes shared by every command
 * ({@link ExitCode}): 0 ok/pass, 1 regression or failed check, 2 bad input or usage; one-line errors
 * ({@link CliErrors}), a stack trace only with {@code --verbose}.
 */
@Command(name = "reports", mixinStandardHelpOptions = true, version = "sharebench reports 0.1.0",
        description = "Read benchmark results (JMH JSON, proof records, JFR, manifest); write reports; gate regressions.",
        subcommands = {ReportCommand.class, CompareCommand.class, IntervalCoverageCommand.class, ProofsJUnitCommand.class, GateCommand.class, GateAbCommand.class, MergeCommand.class, CalibrateCommand.class, HistoryCommand.class, CiStepsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw CliErrors.subcommandRequired(spec);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return CliErrors.configure(new CommandLine(new Main()));
    }
}
