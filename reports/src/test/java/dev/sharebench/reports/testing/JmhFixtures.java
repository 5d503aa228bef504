package dev.sharebench.reports.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Writes small JMH-format JSON files with known per-fork data for the gate's and the history's tests. */
public final class JmhFixtures {

    private JmhFixtures() {
    }

    /**
     * {@code forks} forks of {@code iterations} iterations: each fork's level is
     * {@code center * exp(N(0, forkSd))}, each iteration that level times {@code exp(N(0, iterSd))}.
     */
    public static double[][] lognormalForks(long seed, int forks, int iterations, double center, double forkSd, double iterSd) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] out = new double[forks][iterations];
        for (int f = 0; f < forks; f++) {
            double level = center * Math.exp(forkSd * gaussian(rnd));
            for (int i = 0; i < iterations; i++) {
                out[f][i] = level * Math.exp(iterSd * gaussian(rnd));
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller: enough for test data.
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    public static String entry(String benchmark, String mode, String unit, String params, double[][] forks) {
        String raw = Arrays.stream(forks)
                .map(f -> Arrays.stream(f).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v)).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "[", "]"));
        double score = Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
        return """
                {"jmhVersion":"1.37","benchmark":"%s","mode":"%s","threads":1,"forks":%d,
                 "jdkVersion":"25","vmName":"test","jvmArgs":[],"params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":"NaN","scoreConfidence":["NaN","NaN"],"scorePercentiles":{},
                   "scoreUnit":"%s","rawData":%s},
                 "secondaryMetrics":{}}""".formatted(benchmark, mode, forks.length, params,
                Double.isNaN(score) ? "\"NaN\"" : String.format(Locale.ROOT, "%.6f", score), unit, raw);
    }

    public static Path write(Path dir, String name, String... entries) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "[" + String.join(",\n", entries) + "]");
        return f;
    }
}
