package dev.sharebench.reports.history;

import dev.sharebench.reports.changepoint.EDivisive;
import picocli.CommandLine.Option;

/** The change-point detector's options, shared by {@code show} and {@code detection-quality} (a picocli mixin). */
final class DetectorOptions {

    @Option(names = "--min-commits", defaultValue = "3", description = "Fewest commits each side of a change point (default: ${DEFAULT-VALUE}).")
    int minBlocks;

    @Option(names = "--permutations", defaultValue = "199", description = "Shuffles per significance test (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--p-value", defaultValue = "0.05", description = "Significance level of each change point (default: ${DEFAULT-VALUE}).")
    double pValue;

    @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the permutation tests (default: ${DEFAULT-VALUE}).")
    long seed;

    EDivisive.Settings settings() {
        return new EDivisive.Settings(1.0, minBlocks, permutations, pValue, seed);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "E-divisive means (alpha 1, log values, >= %d commits a side, %d permutations, p <= %s, seed %d)",
                minBlocks, permutations, pValue, seed);
    }
}
