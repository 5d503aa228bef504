package dev.sharebench.reports.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spearman's rank correlation of two rankings of the same mechanisms, where mechanisms that a run
 * could not tell apart (a tie: the interval of their ratio reaches 1) share their rank in that run
 * (midranks). A tie is not a disagreement: two mechanisms tied in one run and ordered in the other
 * only lower rho by as much as their order differs, and a run that ties everything carries no
 * order at all (rho is then undefined, reported as NaN with that reason).
 */
public final class RankAgreement {

    private RankAgreement() {
    }

    /**
     * Midranks of labels given best first, with tie groups.
     *
     * @param labels    the labels in ranked order, best first
     * @param positions the report's position of each ("1", "1=", "3", ...): equal positions share a rank
     */
    public static Map<String, Double> midranks(List<String> labels, List<String> positions) {
        Map<String, Double> out = new LinkedHashMap<>();
        int i = 0;
        while (i < labels.size()) {
            int j = i;
            String group = place(positions.get(i));
            while (j + 1 < labels.size() && place(positions.get(j + 1)).equals(group)) {
                j++;
            }
            double rank = (i + 1 + j + 1) / 2.0;
            for (int k = i; k <= j; k++) {
                out.put(labels.get(k), rank);
            }
            i = j + 1;
        }
        return out;
    }

    private static String place(String position) {
        return position.endsWith("=") ? position.substring(0, position.length() - 1) : position;
    }

    /** Spearman's rho over the labels both maps rank (Pearson correlation of their ranks); NaN when either has no spread. */
    public static double spearman(Map<String, Double> a, Map<String, Double> b) {
        List<double[]> pairs = new ArrayList<>();
        a.forEach((label, ra) -> {
            Double rb = b.get(label);
            if (rb != null) {
                pairs.add(new double[] {ra, rb});
            }
        });
        int n = pairs.size();
        if (n < 2) {
            return Double.NaN;
        }
        double ma = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double mb = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (double[] p : pairs) {
            cov += (p[0] - ma) * (p[1] - mb);
            va += (p[0] - ma) * (p[0] - ma);
            vb += (p[1] - mb) * (p[1] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }
}
