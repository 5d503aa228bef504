package dev.sharebench.core.cli;

import dev.sharebench.core.catalog.CatalogJson;
import dev.sharebench.core.catalog.Profile;
import dev.sharebench.core.catalog.Workload;
import dev.sharebench.core.catalog.Workloads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the workload catalogue, or writes it as {@code workloads.json} for a results directory. */
@Command(name = "workloads", mixinStandardHelpOptions = true,
        description = {"List every workload: stage, job, headline, mechanisms.",
            "With --json, write the catalogue as a run of PROFILE uses it (results/<run-id>/workloads.json)."})
final class WorkloadsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Write workloads.json to FILE instead of printing a table.")
    Path json;

    @Option(names = "--profile", paramLabel = "NAME", description = "The profile whose parameter sets to list (default: quick).")
    String profile = "quick";

    @Option(names = "--markdown", description = "Print jmh/README.md's workload index (paste it between its markers).")
    boolean markdown;

    @Override
    public Integer call() throws IOException {
        if (markdown) {
            spec.commandLine().getOut().print(DocTables.workloads());
            spec.commandLine().getOut().flush();
            return CoreMain.EXIT_OK;
        }
        Profile p = Profile.of(profile);
        if (json != null) {
            CatalogJson.write(json, p);
            return CoreMain.EXIT_OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Workload w : Workloads.ALL) {
            out.printf("%-22s %-7s %-22s headline %-14s %2d mechanisms  %s%n", w.name(), w.stage().id(), w.job().orElse("-"),
                    w.headlineMethod(), w.mechanisms().size(), w.question());
        }
        out.flush();
        return CoreMain.EXIT_OK;
    }
}
