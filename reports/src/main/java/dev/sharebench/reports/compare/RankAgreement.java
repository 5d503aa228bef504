package dev.sharebench.reports.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spearman's rank correlation of two rankings of the same mechanisms, where mechanisms that a run
 * could not tell apart (a tie: the interval of their ratio reaches 1) share their rank in that run
 * (midranks), and two ways to read a tie:
 * <ul>
 *   <li>{@link #spearman}: tied mechanisms keep their shared rank, so a pair tied in one run and
 *       ordered in the other lowers rho by as much as their order differs;</li>
 *   <li>{@link #tiesAgree}: a tie counts as agreement (issue 10's definition): the order inside a
 *       run's tie group is not a finding of that run, so it is taken from the other run before
 *       rho is computed. Only pairs that BOTH runs order, in opposite directions, lower it.</li>
 * </ul>
 * A run that ties everything carries no order at all: both are then NaN (undefined, never a fake
 * agreement).
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

    /** Spearman's rho after each run's tie groups are ordered as the other run orders them (a tie counts as agreement). */
    public static double tiesAgree(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> common = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (b.containsKey(k)) {
                common.put(k, v);
            }
        });
        Map<String, Double> bCommon = new LinkedHashMap<>();
        common.keySet().forEach(k -> bCommon.put(k, b.get(k)));
        if (Double.isNaN(spearman(common, bCommon))) {
            return Double.NaN; // a run without any order: nothing either way
        }
        return spearman(orderTiesBy(common, bCommon), orderTiesBy(bCommon, common));
    }

    /* Within each group of equal ranks in {@code ranks}, re-ranks its members by {@code by} (midranks where {@code by} ties them too). */
    private static Map<String, Double> orderTiesBy(Map<String, Double> ranks, Map<String, Double> by) {
        Map<Double, List<String>> groups = new java.util.TreeMap<>();
        ranks.forEach((k, r) -> groups.computeIfAbsent(r, x -> new ArrayList<>()).add(k));
        Map<String, Double> out = new LinkedHashMap<>();
        for (var g : groups.entrySet()) {
            List<String> members = new ArrayList<>(g.getValue());
            members.sort(java.util.Comparator.comparingDouble(by::get));
            double first = g.getKey() - (members.size() - 1) / 2.0;
            int i = 0;
            while (i < members.size()) {
                int j = i;
                while (j + 1 < members.size() && by.get(members.get(j + 1)).equals(by.get(members.get(i)))) {
                    j++;
                }
                for (int k = i; k <= j; k++) {
                    out.put(members.get(k), first + (i + j) / 2.0);
                }
                i = j + 1;
            }
        }
        return out;
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
