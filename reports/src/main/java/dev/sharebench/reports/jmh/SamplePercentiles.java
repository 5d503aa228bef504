package dev.sharebench.reports.jmh;

import dev.sharebench.reports.stats.Percentile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SampleTime percentiles of a metric. Computed from JMH's {@code rawDataHistogram}, all forks and
 * iterations pooled, by {@link Percentile}'s rule, which is JMH's own: for a file JMH wrote they
 * equal its {@code scorePercentiles}, and for files merged or pooled here they are what JMH would
 * have written for all those samples. Without histograms (older files) JMH's {@code scorePercentiles}
 * are taken as they are; without either, the map is empty.
 */
public final class SamplePercentiles {

    /** The ranks the report shows, in percent, with their labels; "max" follows them. */
    public static final double[] RANKS = {50, 90, 99, 99.9, 99.99};
    public static final String[] LABELS = {"p50", "p90", "p99", "p99.9", "p99.99"};

    private SamplePercentiles() {
    }

    /** Label -> value in the metric's unit; empty when the metric carries no distribution. */
    public static Map<String, Double> of(Metric m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m.hasHistogram()) {
            List<double[]> bins = new ArrayList<>();
            m.histogram().forEach(fork -> fork.forEach(bins::addAll));
            Percentile.Histogram pooled = Percentile.Histogram.of(bins);
            if (pooled.total() > 0) {
                for (int i = 0; i < RANKS.length; i++) {
                    out.put(LABELS[i], pooled.percentile(RANKS[i]));
                }
                out.put("max", pooled.percentile(100));
                return out;
            }
        }
        if (!m.percentiles().isEmpty()) {
            for (int i = 0; i < RANKS.length; i++) {
                Double v = find(m.percentiles(), RANKS[i]);
                if (v != null) {
                    out.put(LABELS[i], v);
                }
            }
            Double max = find(m.percentiles(), 100.0);
            if (max != null) {
                out.put("max", max);
            }
        }
        return out;
    }

    private static Double find(Map<String, Double> pct, double rank) {
        for (var e : pct.entrySet()) {
            // JMH keys are ranks such as "99.9"; a foreign key that is not a number is not shown
            if (e.getKey().matches("\\d+(\\.\\d+)?") && Math.abs(Double.parseDouble(e.getKey()) - rank) < 1e-9) {
                return e.getValue();
            }
        }
        return null;
    }
}
