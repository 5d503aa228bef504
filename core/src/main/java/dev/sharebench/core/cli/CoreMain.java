package dev.sharebench.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code core/target/core.jar}: small commands the scripts call so that the logic
 * lives in tested Java, not in shell. Exit codes: 0 ok, 1 a check failed, 2 bad input or usage ({@link CliErrors}).
 */
@Command(name = "sharebench-core", mixinStandardHelpOptions = true, version = "sharebench 0.1.0",
        description = "sharebench mechanisms: registry, workload catalogue, run manifest, coverage, proof runner, JVM flags, child-process entry.",
        subcommands = {MechanismsCommand.class, WorkloadsCommand.class, CoverageCommand.class, ManifestCommand.class, ProofsCommand.class,
            ProofPlanCommand.class, ProofCoverageCommand.class, JvmFlagsCommand.class, CommandLine.HelpCommand.class})
public final class CoreMain implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_CHECK_FAILED = CliErrors.EXIT_FAILED;
    public static final int EXIT_USAGE = CliErrors.EXIT_USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw CliErrors.subcommandRequired(spec);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (one-line errors, exit codes: {@link CliErrors}), shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return CliErrors.configure(new CommandLine(new CoreMain()));
    }
}
