package dev.sharebench.reports.history;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reports history detection-quality --recordings FILE...}: the README's detection-quality table. */
@Command(name = "detection-quality", mixinStandardHelpOptions = true,
        description = {"Measure the change-point detector on synthetic histories with planted shifts and noise drawn from real",
            "recorded forks (one JMH file per recording session of one benchmark): precision and recall per shift,",
            "false change points per 100 commits on flat histories. Seeded: the same arguments print the same table."})
public final class DetectionQualityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--recordings", required = true, arity = "2..*", paramLabel = "FILE", description = "JMH files, one per recording session, of one benchmark.")
    List<Path> recordings;

    @Option(names = "--benchmark", paramLabel = "REGEX",
            description = "Files holding several benchmarks: use the one entry whose name, mode and params match REGEX.")
    Pattern benchmark;

    @Option(names = "--shifts", split = ",", defaultValue = "0.02,0.05,0.10", description = "Planted shifts (default: ${DEFAULT-VALUE}).")
    List<Double> shifts;

    @Option(names = "--series", defaultValue = "200", description = "Synthetic series per row (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--commits", defaultValue = "30", description = "Commits per series (default: ${DEFAULT-VALUE}).")
    int commits;

    @Option(names = "--forks", defaultValue = "5", description = "Forks per commit (default: ${DEFAULT-VALUE}).")
    int forks;

    @Mixin
    DetectorOptions detector;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (series < 1) {
                throw new IllegalArgumentException("--series must be >= 1, got " + series);
            }
            // 0 is the flat row (printed anyway), and a level 1 + shift must stay a positive number
            if (shifts.stream().anyMatch(s -> !(s > -1 && s != 0 && Double.isFinite(s)))) {
                throw new IllegalArgumentException("--shifts must be non-zero and above -1 (the flat row is always printed), got " + shifts);
            }
            RecordedNoise noise = RecordedNoise.load(recordings, benchmark);
            DetectionQuality q = new DetectionQuality(noise, detector.settings(), commits, forks);
            out.printf(Locale.ROOT, "Noise: %s (%s), %d recorded sessions. %d series of %d commits x %d forks per row; %s.%n%n",
                    noise.key(), noise.unit(), noise.recordings(), series, commits, forks, detector.describe());
            out.println("| planted shift | recall | precision | false change points per 100 runs |");
            out.println("|---|---:|---:|---:|");
            long seed = detector.seed;
            for (double s : shifts) {
                out.println(line(q.measure(s, series, seed++)));
            }
            out.println(line(q.measure(0, series, seed)));
            return ExitCode.OK;
        } catch (BadInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private static String line(DetectionQuality.Row r) {
        if (r.shift() == 0) {
            return String.format(Locale.ROOT, "| none (flat) | - | - | %.2f (%d in %d series) |", r.falsePer100Runs(), r.detections(), r.series());
        }
        return String.format(Locale.ROOT, "| %+.0f%% | %.2f (%d/%d) | %s | %.2f |", r.shift() * 100, r.recall(), r.found(), r.series(),
                Double.isNaN(r.precision()) ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)", r.precision(), r.truePositives(), r.detections()),
                r.falsePer100Runs());
    }
}
