package dev.sharebench.reports.ci;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports ci-steps WORKFLOW --job ID [--set NAME=VALUE]...}: prints the job as a local bash script. */
@Command(name = "ci-steps", mixinStandardHelpOptions = true,
        description = {"Print a GitHub Actions job as a bash script that runs its run: steps locally, in order, as a runner would",
            "(uses: steps are listed as skipped). scripts/ci-local.sh runs it. Exit codes: 0 printed; 2 bad input, or a step",
            "that cannot run locally (an expression in a run script, an if: other than always()/success()/failure())."})
public final class CiStepsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKFLOW", description = "The workflow file, e.g. .github/workflows/perf-gate.yml.")
    Path workflow;

    @Option(names = "--job", required = true, paramLabel = "ID", description = "The job id under jobs:.")
    String job;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A value for an env variable of the job or a step (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() {
        try {
            spec.commandLine().getOut().print(LocalScript.render(WorkflowJob.read(workflow, job), overrides));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + workflow + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
