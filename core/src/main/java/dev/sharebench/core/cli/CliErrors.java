package dev.sharebench.core.cli;

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
 * How the command lines of {@code core.jar} and {@code benchmarks.jar suite} report a mistake: one
 * line that starts with {@code error: }, and the exit code of the suite's contract (0 ok, 1 a failed
 * check, benchmark or proof, 2 bad input or usage; 3 and 4, toolchain and build, belong to the
 * scripts). A usage error points to {@code --help} instead of printing the whole usage; a stack
 * trace is printed only with {@code --verbose}, an option every subcommand accepts.
 * ({@code reports.jar} follows the same rules with its own copy: it does not depend on core.)
 */
public final class CliErrors {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
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
        return EXIT_USAGE;
    }

    private static int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean badInput = e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        boolean verbose = parsed.originalArgs().contains(VERBOSE);
        err.println("error: " + cl.getCommandSpec().qualifiedName() + ": " + (badInput ? message : "failed: " + e
                + (verbose ? "" : " (rerun with --verbose for the stack trace)")));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return badInput ? EXIT_USAGE : EXIT_FAILED;
    }
}
