package dev.sharebench.reports.gate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharebench.reports.common.BadInputException;
import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.jmh.JmhJson;
import dev.sharebench.reports.stats.Percentile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Merges JMH JSON files that hold the same benchmarks (A/B mode runs one fork per file) into one
 * file in JMH's own format with all forks: rawData and rawDataHistogram concatenated per fork,
 * "forks" summed, and score, scoreError (99.9% t half-width, as JMH computes it), scoreConfidence
 * and scorePercentiles (JMH's percentile rule, {@link Percentile}) recomputed from the pooled data,
 * so JMH tools and this gate read it alike.
 * Every other field is taken from the first file that has the entry.
 */
public final class JmhMerge {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    private JmhMerge() {
    }

    public static ArrayNode merge(List<Path> files) throws GateInputException {
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        for (Path file : files) {
            List<BenchmarkRun> runs;
            JsonNode root;
            try {
                runs = JmhJson.read(file);  // validates, and names the file in any error
                root = MAPPER.readTree(file.toFile());
            } catch (BadInputException e) {
                throw new GateInputException(e.getMessage(), e);
            } catch (JacksonException e) {
                throw new GateInputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new GateInputException(file + ": cannot read: " + e.getMessage(), e);
            }
            for (int i = 0; i < runs.size(); i++) {
                ObjectNode entry = (ObjectNode) root.get(i);
                ObjectNode into = merged.get(runs.get(i).key());
                if (into == null) {
                    merged.put(runs.get(i).key(), entry.deepCopy());
                } else {
                    append(into, entry);
                }
            }
        }
        ArrayNode out = MAPPER.createArrayNode();
        for (ObjectNode e : merged.values()) {
            recompute((ObjectNode) e.get("primaryMetric"));
            JsonNode sec = e.get("secondaryMetrics");
            if (sec != null && sec.isObject()) {
                sec.properties().forEach(kv -> recompute((ObjectNode) kv.getValue()));
            }
            JsonNode pm = e.get("primaryMetric");
            e.put("forks", Math.max(pm.path("rawData").size(), pm.path("rawDataHistogram").size()));
            out.add(e);
        }
        return out;
    }

    public static void write(List<Path> files, Path out) throws GateInputException {
        ArrayNode merged = merge(files);
        try {
            MAPPER.writeValue(out.toFile(), merged);
        } catch (IOException e) {
            throw new GateInputException(out + ": cannot write the merged file: " + e.getMessage(), e);
        }
    }

    private static void append(ObjectNode into, JsonNode from) {
        appendMetric((ObjectNode) into.get("primaryMetric"), from.get("primaryMetric"));
        JsonNode fromSec = from.get("secondaryMetrics");
        if (fromSec != null && fromSec.isObject() && into.get("secondaryMetrics") instanceof ObjectNode intoSec) {
            for (var it = fromSec.properties().iterator(); it.hasNext(); ) {
                var kv = it.next();
                if (intoSec.get(kv.getKey()) instanceof ObjectNode m) {
                    appendMetric(m, kv.getValue());
                } else {
                    intoSec.set(kv.getKey(), kv.getValue().deepCopy());
                }
            }
        }
    }

    private static void appendMetric(ObjectNode into, JsonNode from) {
        for (String field : List.of("rawData", "rawDataHistogram")) {
            if (from.get(field) instanceof ArrayNode src) {
                if (into.get(field) instanceof ArrayNode dst) {
                    dst.addAll(src.deepCopy());
                } else {
                    into.set(field, src.deepCopy());
                }
            }
        }
    }

    private static void recompute(ObjectNode m) {
        double[] values;
        double[] weights;
        if (m.get("rawDataHistogram") instanceof ArrayNode h && !h.isEmpty()) {
            List<double[]> bins = new ArrayList<>();
            h.forEach(fork -> fork.forEach(iter -> iter.forEach(bin -> bins.add(new double[] {bin.get(0).asDouble(), bin.get(1).asDouble()}))));
            bins.sort((a, b) -> Double.compare(a[0], b[0]));
            values = bins.stream().mapToDouble(b -> b[0]).toArray();
            weights = bins.stream().mapToDouble(b -> b[1]).toArray();
        } else if (m.get("rawData") instanceof ArrayNode raw && !raw.isEmpty()) {
            List<Double> all = new ArrayList<>();
            raw.forEach(fork -> fork.forEach(v -> all.add(v.asDouble())));
            values = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            weights = new double[values.length];
            Arrays.fill(weights, 1);
        } else {
            return;
        }
        double n = Arrays.stream(weights).sum();
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            mean += values[i] * weights[i] / n;
        }
        double ss = 0;
        for (int i = 0; i < values.length; i++) {
            ss += weights[i] * (values[i] - mean) * (values[i] - mean);
        }
        double error = n > 2 ? TDistribution.of(n - 1).inverseCumulativeProbability(1 - 0.001 / 2) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n)
                : Double.NaN;
        put(m, "score", mean);
        put(m, "scoreError", error);
        ArrayNode conf = m.putArray("scoreConfidence");
        add(conf, mean - error);
        add(conf, mean + error);
        ObjectNode pct = m.putObject("scorePercentiles");
        for (double p : PERCENTILES) {
            put(pct, format(p), Percentile.of(values, weights, p));
        }
    }

    private static String format(double p) {
        return p == Math.rint(p) ? String.format(java.util.Locale.ROOT, "%.1f", p) : Double.toString(p);
    }

    /** JMH writes non-finite numbers as strings ("NaN"); so do we, so JMH tools can read the file. */
    private static void put(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.put(field, Double.isNaN(v) ? "NaN" : v > 0 ? "+INF" : "-INF");
        }
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.add("NaN");
        }
    }
}
