package dev.sharebench.reports.history;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.stats.Percentile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/*
 * Noise for synthetic histories, taken from real recordings instead of a normal distribution:
 * several JMH files of one benchmark and one build, each recorded in its own session (the gate's
 * calibration data: 20 forks each). A synthetic run picks one recording at random (the run-to-run
 * part of the noise: these sessions differ by about 1.5% in their medians), then draws its forks
 * from that recording with replacement (the fork-to-fork part), and multiplies every iteration
 * value by the run's true level (1.0, or 1.05 after a planted 5% slowdown). Values are divided by
 * the median fork summary of all recordings, so a level of 1.0 is the recorded median.
 */
/** Real recorded forks as the noise of synthetic runs. */
public final class RecordedNoise {

    private final String key;
    private final String unit;
    private final List<List<double[]>> recordings;

    private RecordedNoise(String key, String unit, List<List<double[]>> recordings) {
        this.key = key;
        this.unit = unit;
        this.recordings = recordings;
    }

    /** One benchmark's recordings, one JMH file each (SampleTime iterations by their median). */
    public static RecordedNoise load(List<Path> files) throws BadInputException {
        return load(files, null);
    }

    /**
     * As {@link #load(List)}, but each file may hold several benchmarks: only the entries whose key
     * ({@link BenchmarkRun#key()}) contains a match of {@code benchmark} are read (null: all).
     */
    public static RecordedNoise load(List<Path> files, Pattern benchmark) throws BadInputException {
        if (files.size() < 2) {
            throw new BadInputException(files.isEmpty() ? Path.of(".") : files.getFirst(),
                    "need at least 2 recordings (sessions) of one benchmark for run-to-run noise, got " + files.size());
        }
        String key = null;
        String unit = null;
        List<List<double[]>> raw = new ArrayList<>();
        for (Path f : files) {
            List<BenchmarkRun> runs = JmhJson.read(f).stream()
                    .filter(r -> benchmark == null || benchmark.matcher(r.key()).find()).toList();
            if (runs.size() != 1) {
                throw new BadInputException(f, (benchmark == null ? "a recording must hold exactly one benchmark entry"
                        : "--benchmark '" + benchmark + "' must select exactly one entry") + ", found " + runs.size());
            }
            BenchmarkRun run = runs.getFirst();
            if (key != null && !key.equals(run.key())) {
                throw new BadInputException(f, "holds " + run.key() + " but the first recording holds " + key);
            }
            key = run.key();
            unit = run.primary().unit();
            List<double[]> forks = run.primary().iterations(SampleStatistic.MEDIAN);
            if (forks.size() < 2) {
                throw new BadInputException(f, "needs at least 2 forks, has " + forks.size());
            }
            raw.add(forks);
        }
        double scale = median(raw.stream().flatMap(List::stream).mapToDouble(RecordedNoise::median).toArray());
        List<List<double[]>> normalized = raw.stream()
                .map(r -> r.stream().map(f -> Arrays.stream(f).map(v -> v / scale).toArray()).toList()).toList();
        return new RecordedNoise(key, unit, normalized);
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public int recordings() {
        return recordings.size();
    }

    /** A synthetic run: {@code forks} forks (their iteration values) at true level {@code level}. */
    public List<double[]> run(int forks, double level, SplittableRandom rng) {
        List<double[]> session = recordings.get(rng.nextInt(recordings.size()));
        List<double[]> out = new ArrayList<>(forks);
        for (int f = 0; f < forks; f++) {
            out.add(Arrays.stream(session.get(rng.nextInt(session.size()))).map(v -> v * level).toArray());
        }
        return out;
    }

    /** A fork's summary as the history stores it: the median of its iterations. */
    public static double summary(double[] iterations) {
        return median(iterations.clone());
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        return Percentile.of(v, 50);
    }
}
