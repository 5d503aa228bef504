package dev.sharebench.reports.gate;

import dev.sharebench.reports.jmh.SampleStatistic;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The judging options that {@code gate} and {@code gate-calibrate} share (a picocli mixin): a
 * calibration is only meaningful when it judges exactly as the gate does, so both read these
 * options, their defaults and their checks from here.
 */
final class GateOptions {

    @Option(names = "--delta", defaultValue = "0.05", description = "Practical threshold: FAIL needs the slowdown CI above 1+delta (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--sample-statistic", defaultValue = "median",
            description = "SampleTime benchmarks: compare each iteration's median (robust to preemption) or mean (default: ${DEFAULT-VALUE}).")
    String sampleStatistic;

    @Option(names = "--bootstrap-forks", defaultValue = "10",
            description = "Forks a side from which the CI is a hierarchical bootstrap; below it, Welch t on log fork means (default: ${DEFAULT-VALUE}).")
    int bootstrapForks;

    /** The checked delta. */
    double delta() throws GateInputException {
        if (!(delta > 0 && delta < 10)) {
            throw new GateInputException("--delta must be > 0 and < 10 (a fraction: 0.05 = 5%), got " + delta);
        }
        return delta;
    }

    /** The checked bootstrap fork count. */
    int bootstrapForks() throws GateInputException {
        if (bootstrapForks < 5) {
            throw new GateInputException("--bootstrap-forks must be >= 5 (the minimum forks a side), got " + bootstrapForks);
        }
        return bootstrapForks;
    }

    /** The gate's default settings with {@code thresholds} and the checked bootstrap fork count. */
    GateSettings settings(Thresholds thresholds) throws GateInputException {
        return GateSettings.defaults().withThresholds(thresholds).withBootstrapForks(bootstrapForks());
    }

    /** One side's JMH files, pooled, SampleTime iterations reduced by the checked --sample-statistic. */
    Map<String, BenchmarkSeries> load(String side, List<Path> paths) throws GateInputException {
        return GateInput.load(side, paths, sample());
    }

    SampleStatistic sample() throws GateInputException {
        return switch (sampleStatistic.toLowerCase(Locale.ROOT)) {
            case "median" -> SampleStatistic.MEDIAN;
            case "mean" -> SampleStatistic.MEAN;
            default -> throw new GateInputException("--sample-statistic must be 'median' or 'mean', got '" + sampleStatistic + "'");
        };
    }
}
