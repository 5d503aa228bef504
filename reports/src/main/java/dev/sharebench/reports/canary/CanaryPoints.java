package dev.sharebench.reports.canary;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.SampleStatistic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a run's canary folder: one sub-folder per point ({@code start/}, {@code middle/},
 * {@code end/}, ...) holding JMH JSON files (the suite runner's canary forks merged by
 * {@code reports merge --forks-of}; the {@code forks/} folder inside is not read again), and an
 * optional {@code points.tsv}: one line per point, {@code NAME<TAB>ROUNDS}, in time order, ROUNDS
 * being the rounds of a gate A/B run measured before the point. Without points.tsv the points are
 * ordered start, middle, end, then the others by name, and their rounds are unknown.
 */
public final class CanaryPoints {

    /** The file that orders the points and says when they were taken. */
    public static final String INDEX = "points.tsv";

    private static final List<String> USUAL = List.of("start", "middle", "end");

    private CanaryPoints() {
    }

    public static List<CanaryPoint> load(Path dir) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "no such canary directory");
        }
        List<CanaryPoint> points = new ArrayList<>();
        for (Map.Entry<String, Integer> p : order(dir).entrySet()) {
            points.add(new CanaryPoint(p.getKey(), p.getValue(), measurements(dir.resolve(p.getKey()))));
        }
        return points;
    }

    /** Point name to rounds before it, in time order. */
    private static Map<String, Integer> order(Path dir) throws BadInputException {
        Map<String, Integer> order = new LinkedHashMap<>();
        Path index = dir.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            List<String> lines = read(index);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t");
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    order.put(f[0], f.length > 1 ? Integer.parseInt(f[1].strip()) : -1);
                } catch (NumberFormatException e) {
                    throw new BadInputException(index, "line " + (i + 1) + ": expected NAME<TAB>ROUNDS, got '" + lines.get(i) + "'", e);
                }
            }
            return order;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted(Comparator.comparingInt((String n) -> USUAL.contains(n) ? USUAL.indexOf(n) : USUAL.size())
                            .thenComparing(Comparator.naturalOrder()))
                    .forEach(n -> order.put(n, -1));
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage(), e);
        }
        return order;
    }

    private static Map<String, CanaryPoint.Measurement> measurements(Path point) throws BadInputException {
        Map<String, CanaryPoint.Measurement> out = new LinkedHashMap<>();
        if (!Files.isDirectory(point)) {
            return out;                                   // listed, but the canary did not run there
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(point)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(point, "cannot list: " + e.getMessage(), e);
        }
        for (Path f : files) {
            for (BenchmarkRun run : JmhJson.read(f)) {
                List<double[]> forks = run.primary().iterations(SampleStatistic.MEDIAN);
                double[] it = forks.stream().flatMapToDouble(Arrays::stream).filter(v -> Double.isFinite(v) && v > 0).toArray();
                if (it.length > 0) {
                    String label = run.shortName() + run.key().substring(run.benchmark().length());
                    out.put(run.key(), new CanaryPoint.Measurement(label, run.primary().unit(), it, forks.size()));
                }
            }
        }
        return out;
    }

    private static List<String> read(Path file) throws BadInputException {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
