package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports merge --out all.json runs/...}: pool JMH JSON files fork by fork, in JMH's format. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge JMH JSON result files (e.g. one fork each) into one JMH JSON file with all forks.")
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "The merged JMH JSON file to write.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "JMH JSON files or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        try {
            List<Path> files = GateInput.files("merge", inputs);
            JmhMerge.write(files, out);
            spec.commandLine().getOut().println("merged " + files.size() + " file(s) into " + out);
            return ExitCode.OK;
        } catch (GateInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
