package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import dev.sharebench.reports.common.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reports merge --out all.json runs/...}: pool JMH JSON files fork by fork, in JMH's format.
 * {@code reports merge --forks-of results/<run>/jmh}: the same for every workload the suite runner
 * ran one fork at a time ({@code forks/<Workload>/*.json} plus its {@code schedule.tsv}).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge JMH JSON result files (e.g. one fork each) into one JMH JSON file with all forks.",
            "With --forks-of DIR: merge each DIR/forks/<Workload>/ into DIR/<Workload>.json; a workload whose",
            "schedule.tsv records a failed fork is left out (its forks stay for inspection) and named."})
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", description = "The merged JMH JSON file to write.")
    Path out;

    @Option(names = "--forks-of", paramLabel = "DIR", description = "A results kind folder (jmh/ or jfr/) written by the suite runner.")
    Path forksOf;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "JMH JSON files or directories of them.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        if ((forksOf == null) == (out == null) || (forksOf != null && !inputs.isEmpty())) {
            spec.commandLine().getErr().println("error: give either --out FILE with PATH..., or --forks-of DIR alone");
            return ExitCode.BAD_INPUT;
        }
        if (forksOf != null) {
            return mergeForks();
        }
        try {
            List<Path> files = GateInput.files("merge", inputs);
            JmhMerge.write(files, out);
            spec.commandLine().getOut().println("merged " + Format.count(files.size(), "file") + " into " + out);
            return ExitCode.OK;
        } catch (GateInputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private int mergeForks() {
        var err = spec.commandLine().getErr();
        Path forks = forksOf.resolve("forks");
        if (!Files.isDirectory(forks)) {
            err.println("error: " + forks + ": no such directory (not written by the suite runner?)");
            return ExitCode.BAD_INPUT;
        }
        try (Stream<Path> dirs = Files.list(forks)) {
            for (Path w : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = w.getFileName().toString();
                Path schedule = w.resolve("schedule.tsv");
                if (!Files.isRegularFile(schedule)) {
                    err.println("merge: " + name + ": no schedule.tsv, left out");
                    continue;
                }
                if (Files.readAllLines(schedule).stream().anyMatch(l -> l.endsWith("\tFAILED"))) {
                    err.println("merge: " + name + ": a fork failed, left out of " + forksOf.getFileName() + "/ (forks kept in " + w + ")");
                    continue;
                }
                List<Path> files = GateInput.files("merge", List.of(w));
                JmhMerge.write(files, forksOf.resolve(name + ".json"));
                spec.commandLine().getOut().println("merged " + Format.count(files.size(), "fork") + " into " + forksOf.resolve(name + ".json"));
            }
            return ExitCode.OK;
        } catch (GateInputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + forks + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
