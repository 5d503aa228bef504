package dev.sharebench.reports.changepoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/*
 * E-divisive means (Matteson & James, "A nonparametric approach for multiple change point
 * analysis of multivariate data", JASA 2014), on a series of BLOCKS: one block per run (or per
 * commit), holding that run's fork values. A change point can only fall between blocks, and the
 * significance test permutes whole blocks, because forks of one run share that run's machine state
 * (placement, frequency, neighbours): permuting single forks across runs would pretend they are
 * independent and find change points in run-to-run noise.
 *
 * For a split of the values into X (m values, before) and Y (n values, after), the energy
 * statistic with exponent alpha in (0, 2) is
 *
 *   E = 2/(mn) sum |x-y|^a  -  1/C(m,2) sum_{i<k} |x_i-x_k|^a  -  1/C(n,2) sum_{j<k} |y_j-y_k|^a
 *   Q = mn/(m+n) E
 *
 * E is >= 0 and is 0 exactly when X and Y have the same distribution (for 0 < alpha < 2), so a
 * large Q says "the two sides differ", in level or in shape. Within a segment the candidate is the
 * split with the largest Q (NOTE: the paper also maximises over the end of Y, kappa; like
 * MongoDB's and Otava's implementations, Y here always runs to the end of its segment).
 *
 * Hierarchical search: take the best candidate over all current segments; test it by permutation
 * (shuffle the blocks within each segment, recompute the best Q over all segments; p = (1 + #
 * shuffles reaching the observed Q) / (1 + shuffles)); when p <= pValue keep it, split its segment
 * and repeat, else stop. Sums of |x-y|^a between whole blocks are computed once, so a shuffle only
 * reorders a blocks x blocks table: O(blocks^2) per shuffle whatever the fork count.
 */
public final class EDivisive {

    /**
     * @param alpha        exponent of the distance, in (0, 2); 1 is the usual choice
     * @param minBlocks    fewest blocks (runs) each side of a change point
     * @param permutations shuffles per significance test
     * @param pValue       significance level of each test
     * @param seed         seed of the shuffles (the same seed gives the same change points)
     */
    public record Settings(double alpha, int minBlocks, int permutations, double pValue, long seed) {

        public Settings {
            if (!(alpha > 0 && alpha < 2)) {
                throw new IllegalArgumentException("alpha must be in (0, 2), got " + alpha);
            }
            if (minBlocks < 1 || permutations < 19 || !(pValue > 0 && pValue < 1)) {
                throw new IllegalArgumentException("need minBlocks >= 1, permutations >= 19, 0 < pValue < 1");
            }
        }

        public static Settings defaults() {
            return new Settings(1.0, 3, 199, 0.05, 20261201L);
        }

        public Settings withSeed(long s) {
            return new Settings(alpha, minBlocks, permutations, pValue, s);
        }
    }

    /**
     * One change point: the new level starts at block {@code index}.
     *
     * @param qHat   the energy statistic of the split when it was found
     * @param pValue its permutation p-value
     */
    public record ChangePoint(int index, double qHat, double pValue) {
    }

    private final Settings settings;

    public EDivisive(Settings settings) {
        this.settings = settings;
    }

    /** The change points of {@code blocks} (each a run's values, in time order), by block index, ascending. */
    public List<ChangePoint> detect(List<double[]> blocks) {
        int r = blocks.size();
        double[][] between = blockSums(blocks);
        int[] sizes = blocks.stream().mapToInt(b -> b.length).toArray();
        List<int[]> segments = new ArrayList<>(List.of(new int[] {0, r}));
        List<ChangePoint> found = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(settings.seed());
        int[] identity = new int[r];
        for (int i = 0; i < r; i++) {
            identity[i] = i;
        }
        while (true) {
            Split best = best(new Table(between, sizes, identity), segments);
            if (best == null) {
                break;
            }
            double p = permutationPValue(between, sizes, segments, best.q, rng);
            if (p > settings.pValue()) {
                break;
            }
            found.add(new ChangePoint(best.tau, best.q, p));
            int[] seg = segments.remove(best.segment);
            segments.add(new int[] {seg[0], best.tau});
            segments.add(new int[] {best.tau, seg[1]});
        }
        found.sort(Comparator.comparingInt(ChangePoint::index));
        return List.copyOf(found);
    }

    /** Q of splitting {@code blocks} at block {@code tau} (for tests and diagnostics). */
    public double qHat(List<double[]> blocks, int tau) {
        int r = blocks.size();
        int[] identity = new int[r];
        for (int i = 0; i < r; i++) {
            identity[i] = i;
        }
        return new Table(blockSums(blocks), blocks.stream().mapToInt(b -> b.length).toArray(), identity).q(0, tau, r);
    }

    private record Split(int segment, int tau, double q) {
    }

    private Split best(Table t, List<int[]> segments) {
        Split best = null;
        int min = settings.minBlocks();
        for (int s = 0; s < segments.size(); s++) {
            int from = segments.get(s)[0];
            int to = segments.get(s)[1];
            for (int tau = from + min; tau <= to - min; tau++) {
                double q = t.q(from, tau, to);
                if (best == null || q > best.q) {
                    best = new Split(s, tau, q);
                }
            }
        }
        return best;
    }

    private double permutationPValue(double[][] between, int[] sizes, List<int[]> segments, double observed, SplittableRandom rng) {
        int[] order = new int[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int reached = 0;
        // Once this many shuffles reach the observed Q, p > pValue whatever the rest give: stop early.
        int hopeless = (int) Math.floor(settings.pValue() * (settings.permutations() + 1));
        for (int k = 0; k < settings.permutations(); k++) {
            for (int[] seg : segments) {
                shuffle(order, seg[0], seg[1], rng);
            }
            Split s = best(new Table(between, sizes, order), segments);
            if (s != null && s.q >= observed) {
                reached++;
                if (reached >= hopeless) {
                    return (reached + 1.0) / (k + 2.0);
                }
            }
        }
        return (reached + 1.0) / (settings.permutations() + 1.0);
    }

    private static void shuffle(int[] a, int from, int to, SplittableRandom rng) {
        for (int i = to - 1; i > from; i--) {
            int j = from + rng.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** between[a][b] = sum over x in block a, y in block b of |x - y|^alpha (both orders: [a][a] counts each pair twice). */
    private double[][] blockSums(List<double[]> blocks) {
        int r = blocks.size();
        double[][] s = new double[r][r];
        double alpha = settings.alpha();
        for (int a = 0; a < r; a++) {
            for (int b = a; b < r; b++) {
                double sum = 0;
                for (double x : blocks.get(a)) {
                    for (double y : blocks.get(b)) {
                        double d = Math.abs(x - y);
                        sum += alpha == 1.0 ? d : Math.pow(d, alpha);
                    }
                }
                s[a][b] = sum;
                s[b][a] = sum;
            }
        }
        return s;
    }

    /** The block table in one order, with 2-D prefix sums: any rectangle of blocks in O(1). */
    private static final class Table {
        private final double[][] prefix;
        private final long[] count;

        Table(double[][] between, int[] sizes, int[] order) {
            int r = order.length;
            prefix = new double[r + 1][r + 1];
            count = new long[r + 1];
            for (int i = 0; i < r; i++) {
                count[i + 1] = count[i] + sizes[order[i]];
                double row = 0;
                for (int j = 0; j < r; j++) {
                    row += between[order[i]][order[j]];
                    prefix[i + 1][j + 1] = prefix[i][j + 1] + row;
                }
            }
        }

        private double rect(int a0, int a1, int b0, int b1) {
            return prefix[a1][b1] - prefix[a0][b1] - prefix[a1][b0] + prefix[a0][b0];
        }

        /** Q of X = blocks [from, tau), Y = blocks [tau, to). */
        double q(int from, int tau, int to) {
            double m = count[tau] - count[from];
            double n = count[to] - count[tau];
            if (m < 1 || n < 1) {
                return Double.NEGATIVE_INFINITY;
            }
            double cross = rect(from, tau, tau, to);
            double withinX = m < 2 ? 0 : rect(from, tau, from, tau) / (m * (m - 1));
            double withinY = n < 2 ? 0 : rect(tau, to, tau, to) / (n * (n - 1));
            double e = 2 * cross / (m * n) - withinX - withinY;
            return m * n / (m + n) * e;
        }
    }
}
