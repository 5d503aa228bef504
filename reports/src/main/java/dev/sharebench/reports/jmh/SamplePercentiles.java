package dev.sharebench.reports.jmh;

import dev.sharebench.reports.jmh.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SampleTime percentiles. Computed from JMH's {@code rawDataHistogram} (all forks and iterations
 * merged: a percentile of the pooled samples, as JMH itself reports), else taken from JMH's
 * {@code scorePercentiles} (older files without histograms), else absent.
 */
public final class SamplePercentiles {

    /** The levels the report shows, as fractions, with their labels. */
    public static final double[] LEVELS = {0.50, 0.90, 0.99, 0.999, 0.9999};
    public static final String[] LABELS = {"p50", "p90", "p99", "p99.9", "p99.99"};

    private SamplePercentiles() {
    }

    /** Label -> value in the metric's unit; empty when the metric carries no distribution. */
    public static Map<String, Double> of(Metric m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m.hasHistogram()) {
            List<double[]> bins = new ArrayList<>();
            m.histogram().forEach(fork -> fork.forEach(bins::addAll));
            bins.sort(Comparator.comparingDouble(b -> b[0]));
            double total = bins.stream().mapToDouble(b -> b[1]).sum();
            if (total > 0) {
                for (int i = 0; i < LEVELS.length; i++) {
                    out.put(LABELS[i], quantile(bins, total, LEVELS[i]));
                }
                out.put("max", bins.getLast()[0]);
                return out;
            }
        }
        if (!m.percentiles().isEmpty()) {
            for (int i = 0; i < LEVELS.length; i++) {
                Double v = find(m.percentiles(), LEVELS[i] * 100);
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

    /** Smallest value whose cumulative count reaches {@code p} of the total (nearest-rank). */
    static double quantile(List<double[]> sortedBins, double total, double p) {
        double target = Math.ceil(p * total);
        double cumulative = 0;
        for (double[] b : sortedBins) {
            cumulative += b[1];
            if (cumulative >= target) {
                return b[0];
            }
        }
        return sortedBins.getLast()[0];
    }

    private static Double find(Map<String, Double> pct, double level) {
        for (var e : pct.entrySet()) {
            // JMH keys are levels such as "99.9"; a foreign key that is not a number is not shown
            if (e.getKey().matches("\\d+(\\.\\d+)?") && Math.abs(Double.parseDouble(e.getKey()) - level) < 1e-9) {
                return e.getValue();
            }
        }
        return null;
    }
}
