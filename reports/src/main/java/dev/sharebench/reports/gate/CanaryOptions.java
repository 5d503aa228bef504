package dev.sharebench.reports.gate;

import dev.sharebench.reports.canary.CanaryDrift;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The canary options of {@code gate} (a picocli mixin); {@code gate-ab} measures the canary and passes them on. */
final class CanaryOptions {

    @Option(names = "--canary", paramLabel = "DIR",
            description = "The run's canary points (DIR/<point>/*.json, DIR/points.tsv): comparisons whose forks straddle a canary drift "
                    + "are INCONCLUSIVE, and gate.md says so first.")
    Path dir;

    @Option(names = "--canary-margin", defaultValue = "0.10", paramLabel = "M",
            description = "A canary drifted when its ratio's whole CI (95%% for all the run's canary comparisons together, Bonferroni) lies outside [1/(1+M), 1+M], or its iterations' median moved over 2x (default: ${DEFAULT-VALUE}).")
    double margin = CanaryDrift.DEFAULT_MARGIN;

    /** The canary's findings, or none when no --canary was given. */
    MachineChange read() throws GateInputException {
        if (!(margin > 0 && margin < 10)) {
            throw new GateInputException("--canary-margin must be > 0 and < 10 (a fraction: 0.10 = 10%), got " + margin);
        }
        return dir == null ? MachineChange.none() : MachineChange.read(dir, margin);
    }

    List<String> notes(MachineChange machine) {
        return dir == null ? List.of() : machine.notes();
    }
}
