package dev.sharebench.reports.historydb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.Metric;
import dev.sharebench.reports.jmh.SampleStatistic;
import dev.sharebench.reports.results.ResultsDir;
import dev.sharebench.reports.stats.Percentile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code results/<run-id>/} directory into a {@link StoredRun}: {@code manifest.json}
 * (required: a history without commit and time is useless) and {@code jmh/*.json}. A fork's
 * summary is the median of its measurement iterations; a SampleTime iteration counts as its median
 * sampled time (what the gate and the report use), never JMH's mean.
 */
public final class RunReader {

    private RunReader() {
    }

    public static StoredRun read(Path dir) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "not a directory (expected a results/<run-id>/ directory)");
        }
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new BadInputException(manifestFile, "missing: the history needs the run's commit, time and machine");
        }
        JsonNode m = Json.read(manifestFile);
        String started = Json.text(m, "start", null);
        String commit = Json.text(m, "gitCommit", null);
        if (started == null || commit == null) {
            throw new BadInputException(manifestFile, "needs \"start\" and \"gitCommit\"");
        }
        long startedMs;
        try {
            startedMs = Instant.parse(started).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadInputException(manifestFile, "\"start\" is not an ISO-8601 instant: " + started);
        }
        JsonNode jdk = m.get("jdk");
        String runId = Json.text(m, "runId", dir.toAbsolutePath().normalize().getFileName().toString());
        List<StoredRun.Benchmark> benchmarks = benchmarks(dir.resolve("jmh"));
        if (benchmarks.isEmpty()) {
            throw new BadInputException(dir.resolve("jmh"), "no JMH result with per-fork data (jmh/*.json)");
        }
        return new StoredRun(runId, commit, startedMs, started, Json.text(m, "profile", "?"),
                Json.text(jdk, "vendor", "?") + " " + Json.text(jdk, "version", "?"), Fingerprint.of(m),
                Json.text(m.get("machine"), "hostname", "?"), benchmarks);
    }

    private static List<StoredRun.Benchmark> benchmarks(Path jmhDir) throws BadInputException {
        Map<String, StoredRun.Benchmark> out = new LinkedHashMap<>();
        for (Path f : ResultsDir.jsonFiles(jmhDir)) {
            for (BenchmarkRun run : JmhJson.read(f)) {
                double[] forks = forkSummaries(run.primary());
                if (forks.length == 0) {
                    continue;  // a failed entry without rawData: nothing per fork to keep
                }
                if (out.containsKey(run.key())) {
                    throw new BadInputException(f, run.key() + " appears twice in this run (merge the forks first: reports merge)");
                }
                out.put(run.key(), new StoredRun.Benchmark(run.key(), run.primary().unit(), forks));
            }
        }
        return List.copyOf(out.values());
    }

    /** Per fork: the median of its iteration values (SampleTime: of its iteration medians). */
    public static double[] forkSummaries(Metric metric) {
        List<double[]> iterations = metric.iterations(SampleStatistic.MEDIAN);
        List<Double> out = new ArrayList<>();
        for (double[] fork : iterations) {
            double[] v = Arrays.stream(fork).filter(Double::isFinite).sorted().toArray();
            if (v.length > 0) {
                out.add(Percentile.of(v, 50));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
