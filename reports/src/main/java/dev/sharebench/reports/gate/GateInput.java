package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.SampleStatistic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads one side of the gate: JMH JSON files, or directories of them, from any JMH project. Entries
 * with the same key (benchmark, mode, params) in several files are pooled fork by fork. Anything the
 * gate cannot honestly use is an error naming the file and the reason: NaN or infinite scores,
 * an empty or corrupt file, a directory without results, units that differ between files.
 */
public final class GateInput {

    private GateInput() {
    }

    /** The JSON files named by {@code paths}: files as given, directories' *.json sorted by name. */
    public static List<Path> files(String side, List<Path> paths) throws GateInputException {
        if (paths.isEmpty()) {
            throw new GateInputException(side + ": no result file given");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> json = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
                    if (json.isEmpty()) {
                        throw new GateInputException(side + ": " + p + ": directory holds no *.json result file");
                    }
                    files.addAll(json);
                } catch (IOException e) {
                    throw new GateInputException(side + ": " + p + ": cannot list directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new GateInputException(side + ": " + p + ": no such file or directory");
            }
        }
        return files;
    }

    /** Reads and pools one side (SampleTime iterations by their median), keyed by {@code BenchmarkRun.key()}. */
    public static Map<String, BenchmarkSeries> load(String side, List<Path> paths) throws GateInputException {
        return load(side, paths, SampleStatistic.MEDIAN);
    }

    /** Reads and pools one side, keyed by {@code BenchmarkRun.key()} in sorted order. */
    public static Map<String, BenchmarkSeries> load(String side, List<Path> paths, SampleStatistic sample) throws GateInputException {
        Map<String, List<BenchmarkRun>> byKey = new TreeMap<>();
        for (Path file : files(side, paths)) {
            List<BenchmarkRun> runs;
            try {
                runs = JmhJson.read(file);
            } catch (BadInputException e) {
                throw new GateInputException(side + ": " + e.getMessage(), e);
            }
            if (runs.isEmpty()) {
                throw new GateInputException(side + ": " + file + ": no benchmark results (an empty JSON array)");
            }
            for (BenchmarkRun run : runs) {
                byKey.computeIfAbsent(run.key(), k -> new ArrayList<>()).add(run);
            }
        }
        Map<String, BenchmarkSeries> out = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) {
            out.put(e.getKey(), pool(side, e.getKey(), e.getValue(), sample));
        }
        return out;
    }

    private static BenchmarkSeries pool(String side, String key, List<BenchmarkRun> runs, SampleStatistic sample) throws GateInputException {
        String unit = runs.getFirst().primary().unit();
        List<double[]> forks = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (BenchmarkRun run : runs) {
            if (!run.primary().unit().equals(unit)) {
                throw new GateInputException(side + ": " + run.source() + ": " + key + " is in " + run.primary().unit()
                        + " but in " + unit + " in " + runs.getFirst().source() + "; rerun with one -tu");
            }
            if (!Double.isFinite(run.primary().score())) {
                throw new GateInputException(side + ": " + run.source() + ": " + key + " has a non-finite score ("
                        + run.primary().score() + "): the benchmark failed or measured nothing");
            }
            List<double[]> iterations = run.primary().iterations(sample);
            for (int f = 0; f < iterations.size(); f++) {
                double[] it = iterations.get(f);
                for (int i = 0; i < it.length; i++) {
                    if (!Double.isFinite(it[i]) || it[i] <= 0) {
                        throw new GateInputException(side + ": " + run.source() + ": " + key + " fork " + (f + 1) + " iteration "
                                + (i + 1) + " is " + it[i] + " (a score must be finite and > 0)");
                    }
                }
                if (it.length > 0) {
                    forks.add(it);
                }
            }
            sources.add(run.source());
        }
        return new BenchmarkSeries(key, unit, forks, sources);
    }
}
