package dev.sharebench.reports.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * How every command of {@code reports.jar} reports a mistake, by the suite's exit-code contract
 * ({@link ExitCode}): one line that starts with {@code error: }; a usage error points to
 * {@code --help} instead of printing the whole usage; bad input (a {@link BadInputException}, an
 * illegal argument, a file that cannot be read or written) exits 2, anything else that fails exits 1;
 * a stack trace only with {@code --verbose}, an option every command accepts. (core's
 * {@code core.cli.CliErrors} does the same for core.jar and benchmarks.jar; reports does not depend on core.)
 */
public final class CliErrors {

    static final String VERBOSE = "--verbose";

    private CliErrors() {
    }

    /** Adds {@code --verbose} to the command and all its subcommands and installs both handlers. */
    public static CommandLine configure(CommandLine cl) {
        cl.getCommandSpec().addOption(OptionSpec.builder(VERBOSE).scopeType(ScopeType.INHERIT)
                .description("On an error, print its stack trace too.").build());
        cl.setParameterExceptionHandler(CliErrors::usageError);
        cl.setExecutionExceptionHandler(CliErrors::failure);
        return cl;
    }

    /**
     * The usage error of a command run without one of its subcommands: names every subcommand the
     * command registers (picocli's own {@code help} left out), so that the list cannot drift from
     * the registry.
     */
    public static ParameterException subcommandRequired(CommandSpec spec) {
        List<String> names = spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
        return new ParameterException(spec.commandLine(), "a command is required: " + String.join(", ", names));
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage() + " (see " + cl.getCommandSpec().qualifiedName() + " --help)");
        if (List.of(args).contains(VERBOSE)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean badInput = e instanceof BadInputException || e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof UncheckedIOException;
        boolean verbose = parsed.originalArgs().contains(VERBOSE);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("error: " + cl.getCommandSpec().qualifiedName() + ": " + (badInput ? message : "failed: " + e
                + (verbose ? "" : " (rerun with --verbose for the stack trace)")));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return badInput ? ExitCode.BAD_INPUT : ExitCode.FAIL;
    }
}
