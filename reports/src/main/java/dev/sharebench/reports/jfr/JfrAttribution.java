package dev.sharebench.reports.jfr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Format;
import dev.sharebench.reports.common.Json;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.jmh.Units;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "why" behind the numbers: for each recording {@code jfr/<BenchClass>/<benchmark-id>/profile.jfr}
 * of the separate JFR pass, event totals divided by the operations of that pass.
 *
 * <p>Operations come from the JFR pass's own JMH JSON ({@code jfr/<BenchClass>.json}), last fork
 * (JMH's JFR profiler overwrites the recording per fork, and records from the first measurement
 * iteration): throughput runs give ops = score (ops/s, all threads) x measured seconds; time-per-op
 * runs give ops = threads x measured seconds / score (s/op); measured seconds = measurement
 * iterations x iteration time. The result is an estimate (the recording also spans the short gaps
 * between iterations). None of these numbers enters the statistics.
 */
public final class JfrAttribution {

    private JfrAttribution() {
    }

    /** Rows for every recording found; unreadable recordings become notes, not silent gaps. */
    public static List<JfrRow> collect(Path jfrDir, Consumer<String> progress, List<String> notes)
            throws BadInputException {
        List<JfrRow> rows = new ArrayList<>();
        if (!Files.isDirectory(jfrDir)) {
            return rows;
        }
        // jfr/forks/ holds the suite runner's one-fork JSON files; the recordings are in jfr/<Workload>/.
        for (Path benchDir : list(jfrDir).stream().filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("forks")).toList()) {
            String workload = benchDir.getFileName().toString();
            Map<String, Ops> ops = ops(jfrDir.resolve(workload + ".json"));
            for (Path idDir : list(benchDir).stream().filter(Files::isDirectory).toList()) {
                Path jfr = idDir.resolve("profile.jfr");
                if (!Files.isRegularFile(jfr)) {
                    continue;
                }
                String id = idDir.getFileName().toString();
                JfrCounts counts;
                try {
                    counts = JfrCounts.read(jfr);
                } catch (IOException | RuntimeException e) {
                    String note = jfrDir.getParent().relativize(jfr) + ": unreadable JFR recording, left out of the attribution (" + e + ")";
                    progress.accept("warning: " + note);
                    notes.add(note);
                    continue;
                }
                progress.accept("read " + jfrDir.getParent().relativize(jfr));
                rows.add(row(workload, id, ops.get(id), counts));
            }
        }
        return rows;
    }

    /** Operations of the JFR pass and what they describe. */
    record Ops(double count, BenchmarkRun run) {
    }

    static JfrRow row(String workload, String id, Ops ops, JfrCounts c) {
        String label = ops == null ? id : ops.run().mechanism() != null ? ops.run().mechanism() : ops.run().shortName();
        String params = ops == null ? "" : ops.run().params().entrySet().stream().filter(e -> !e.getKey().equals("mechanism"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        double n = ops == null ? Double.NaN : ops.count();
        boolean samples = c.allocSampleBytes() > 0;
        return new JfrRow(workload, id, label, params, Double.isFinite(n) ? Format.num(n) : "-",
                per(c.monitorBlockedNs(), n), per(c.monitorEnters(), n), per(c.parks(), n), per(c.parkNs(), n),
                per(c.socketCalls(), n), per(c.socketBytes(), n), per(c.fileCalls(), n), per(c.fileBytes(), n),
                per(samples ? c.allocSampleBytes() : c.threadAllocatedBytes(), n),
                samples ? "ObjectAllocationSample weights" : "ThreadAllocationStatistics",
                Long.toString(c.gcCount()), Format.num(c.gcPauseNs() / 1e6));
    }

    private static String per(long total, double ops) {
        if (!(ops > 0)) {
            return "-";
        }
        return Format.num(total / ops);
    }

    /** JMH's benchmark id (directory name of {@code -prof jfr}) -> operations in the last fork. */
    static Map<String, Ops> ops(Path json) throws BadInputException {
        Map<String, Ops> out = new HashMap<>();
        if (!Files.isRegularFile(json)) {
            return out;
        }
        List<BenchmarkRun> runs = JmhJson.read(json);
        JsonNode raw = Json.read(json);
        for (int i = 0; i < runs.size(); i++) {
            BenchmarkRun r = runs.get(i);
            JsonNode e = raw.get(i);
            double seconds = e.path("measurementIterations").asInt(0) * seconds(Json.text(e, "measurementTime", ""));
            out.put(benchmarkId(r), new Ops(count(r, seconds), r));
        }
        return out;
    }

    static double count(BenchmarkRun r, double seconds) {
        if (!(seconds > 0) || r.primary().rawData().isEmpty()) {
            return Double.NaN;
        }
        double score = Arrays.stream(r.primary().rawData().getLast()).average().orElse(Double.NaN);
        double base = Units.toBase(r.primary().unit());
        if (r.primary().higherIsBetter()) {
            return score * base * seconds;                  // ops/s x s
        }
        double secondsPerOp = score * base / 1e9;           // ns/op -> s/op
        return r.threads() * seconds / secondsPerOp;
    }

    /** JMH writes iteration times as "200 ms", "1 s", "10 s"; anything else gives NaN. */
    static double seconds(String jmhTime) {
        String[] p = jmhTime.trim().split("\\s+");
        if (p.length != 2 || !p[0].matches("\\d+(\\.\\d+)?")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(p[0]) * Units.nanosPer(p[1]) / 1e9;
        } catch (IllegalArgumentException unknownUnit) {
            throw new IllegalArgumentException("measurementTime '" + jmhTime + "': " + unknownUnit.getMessage(), unknownUnit);
        }
    }

    /** JMH 1.37's {@code BenchmarkParams.id()}: name, mode's enum name, then sorted params, URL-encoded, joined by '-'. */
    static String benchmarkId(BenchmarkRun r) {
        StringBuilder s = new StringBuilder(enc(r.benchmark())).append('-').append(modeName(r.mode()));
        r.params().forEach((k, v) -> s.append('-').append(enc(k)).append('-').append(enc(v)));
        return s.toString();
    }

    static String modeName(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "thrpt" -> "Throughput";
            case "avgt" -> "AverageTime";
            case "sample" -> "SampleTime";
            case "ss" -> "SingleShotTime";
            default -> mode;
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Path> list(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage(), e);
        }
    }
}
