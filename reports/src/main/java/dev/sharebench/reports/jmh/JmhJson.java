package dev.sharebench.reports.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON result format ({@code -rf json}), from this suite or any other project, JMH 1.x
 * old and new: missing optional fields are tolerated, {@code "NaN"}/{@code "+INF"}-style strings and
 * bare NaN tokens become doubles, and anything structurally wrong is a {@link BadInputException}
 * that names the file, the entry and the reason. Nothing is skipped silently.
 */
public final class JmhJson {

    private JmhJson() {
    }

    public static List<BenchmarkRun> read(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new BadInputException(file, "empty file (a JMH run that failed before writing results?)");
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
        JsonNode root = Json.read(file);
        if (!root.isArray()) {
            throw new BadInputException(file, "not a JMH result file: the top level is a JSON " + root.getNodeType().name().toLowerCase() + ", JMH writes an array");
        }
        List<BenchmarkRun> runs = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            runs.add(entry(file, i, root.get(i)));
        }
        return runs;
    }

    private static BenchmarkRun entry(Path file, int index, JsonNode e) throws BadInputException {
        String where = "entry " + index;
        if (!e.isObject()) {
            throw new BadInputException(file, where + " is not a JSON object");
        }
        String benchmark = text(e, "benchmark");
        if (benchmark == null || benchmark.isBlank()) {
            throw new BadInputException(file, where + " has no \"benchmark\" name");
        }
        where = where + " (" + benchmark + ")";
        String mode = text(e, "mode");
        if (mode == null) {
            throw new BadInputException(file, where + " has no \"mode\"");
        }
        JsonNode primaryNode = e.get("primaryMetric");
        if (primaryNode == null || !primaryNode.isObject()) {
            throw new BadInputException(file, where + " has no \"primaryMetric\" object");
        }
        Metric primary = metric(file, where + " primaryMetric", primaryNode);
        Map<String, Metric> secondary = new LinkedHashMap<>();
        JsonNode sec = e.get("secondaryMetrics");
        if (sec != null && sec.isObject()) {
            for (var it = sec.properties().iterator(); it.hasNext(); ) {
                var m = it.next();
                secondary.put(m.getKey(), metric(file, where + " secondaryMetrics." + m.getKey(), m.getValue()));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = e.get("params");
        if (p != null && p.isObject()) {
            p.properties().forEach(kv -> params.put(kv.getKey(), kv.getValue().asText()));
        }
        List<String> jvmArgs = new ArrayList<>();
        JsonNode args = e.get("jvmArgs");
        if (args != null && args.isArray()) {
            args.forEach(a -> jvmArgs.add(a.asText()));
        }
        return new BenchmarkRun(file, text(e, "jmhVersion"), benchmark, mode, e.path("threads").asInt(1),
                e.path("forks").asInt(primary.forkCount()), text(e, "jdkVersion"), text(e, "vmName"), jvmArgs,
                params, primary, secondary);
    }

    private static Metric metric(Path file, String where, JsonNode m) throws BadInputException {
        if (!m.isObject()) {
            throw new BadInputException(file, where + " is not an object");
        }
        String unit = text(m, "scoreUnit");
        if (unit == null) {
            throw new BadInputException(file, where + " has no \"scoreUnit\"");
        }
        double score = number(file, where + ".score", m.get("score"));
        double error = m.has("scoreError") ? number(file, where + ".scoreError", m.get("scoreError")) : Double.NaN;
        Map<String, Double> percentiles = new LinkedHashMap<>();
        JsonNode pct = m.get("scorePercentiles");
        if (pct != null && pct.isObject()) {
            for (var it = pct.properties().iterator(); it.hasNext(); ) {
                var kv = it.next();
                percentiles.put(kv.getKey(), number(file, where + ".scorePercentiles." + kv.getKey(), kv.getValue()));
            }
        }
        List<List<List<double[]>>> histogram = histogram(file, where, m.get("rawDataHistogram"));
        List<double[]> raw = new ArrayList<>();
        JsonNode rawNode = m.get("rawData");
        if (rawNode != null && !rawNode.isNull()) {
            if (!rawNode.isArray()) {
                throw new BadInputException(file, where + ".rawData is not an array");
            }
            for (int f = 0; f < rawNode.size(); f++) {
                JsonNode fork = rawNode.get(f);
                if (!fork.isArray()) {
                    throw new BadInputException(file, where + ".rawData[" + f + "] is not an array");
                }
                double[] it = new double[fork.size()];
                for (int i = 0; i < it.length; i++) {
                    it[i] = number(file, where + ".rawData[" + f + "][" + i + "]", fork.get(i));
                }
                raw.add(it);
            }
        } else {
            for (List<List<double[]>> fork : histogram) {
                raw.add(fork.stream().mapToDouble(JmhJson::histogramMean).toArray());
            }
        }
        return new Metric(score, error, unit, raw, histogram, percentiles);
    }

    private static List<List<List<double[]>>> histogram(Path file, String where, JsonNode h) throws BadInputException {
        List<List<List<double[]>>> forks = new ArrayList<>();
        if (h == null || h.isNull()) {
            return forks;
        }
        if (!h.isArray()) {
            throw new BadInputException(file, where + ".rawDataHistogram is not an array");
        }
        for (int f = 0; f < h.size(); f++) {
            List<List<double[]>> iterations = new ArrayList<>();
            for (int i = 0; i < h.get(f).size(); i++) {
                List<double[]> bins = new ArrayList<>();
                JsonNode it = h.get(f).get(i);
                for (int b = 0; b < it.size(); b++) {
                    JsonNode bin = it.get(b);
                    String at = where + ".rawDataHistogram[" + f + "][" + i + "][" + b + "]";
                    if (!bin.isArray() || bin.size() != 2) {
                        throw new BadInputException(file, at + " is not a [value, count] pair");
                    }
                    bins.add(new double[] {number(file, at, bin.get(0)), number(file, at, bin.get(1))});
                }
                iterations.add(bins);
            }
            forks.add(iterations);
        }
        return forks;
    }

    private static double histogramMean(List<double[]> bins) {
        double sum = 0;
        double n = 0;
        for (double[] b : bins) {
            sum += b[0] * b[1];
            n += b[1];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A JSON number, or one of the strings JMH and others write for non-finite values. */
    static double number(Path file, String where, JsonNode v) throws BadInputException {
        if (v == null || v.isNull()) {
            throw new BadInputException(file, where + " is missing");
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            String s = v.asText().trim();
            switch (s) {
                case "NaN", "nan", "-NaN" -> {
                    return Double.NaN;
                }
                case "+INF", "INF", "Infinity", "+Infinity", "inf" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-INF", "-Infinity", "-inf" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    try {
                        return Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new BadInputException(file, where + " is not a number: \"" + s + "\"");
                    }
                }
            }
        }
        throw new BadInputException(file, where + " is not a number (a JSON " + v.getNodeType().name().toLowerCase() + ")");
    }
}
