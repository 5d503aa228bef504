package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The one percentile rule (Hyndman-Fan type 6, JMH's) on values worked out by hand:
 * pos = p(n+1)/100, interpolate between the order statistics floor(pos) and floor(pos)+1, clamped
 * to the minimum and maximum. jmh.SamplePercentilesTest checks it against a real JMH file.
 */
class PercentileTest {

    @Test
    void evenSampleInterpolatesBetweenNeighbours() {
        double[] x = {1, 2, 3, 4};                      // n = 4, pos = p * 5 / 100
        assertEquals(1.0, Percentile.of(x, 0));
        assertEquals(1.0, Percentile.of(x, 10));         // pos 0.5: below x(1), the minimum
        assertEquals(1.25, Percentile.of(x, 25));        // pos 1.25: 1 + 0.25 * (2 - 1)
        assertEquals(2.5, Percentile.of(x, 50));         // pos 2.5: the mean of the two middle values
        assertEquals(3.75, Percentile.of(x, 75));        // pos 3.75
        assertEquals(4.0, Percentile.of(x, 90));         // pos 4.5: above x(4), the maximum
        assertEquals(4.0, Percentile.of(x, 100));
    }

    @Test
    void oddSampleHitsOrderStatisticsExactly() {
        double[] x = {10, 20, 30};                      // n = 3, pos = p * 4 / 100
        assertEquals(10.0, Percentile.of(x, 25));        // pos 1
        assertEquals(20.0, Percentile.of(x, 50));        // pos 2: the middle value
        assertEquals(24.0, Percentile.of(x, 60), 1e-12); // pos 2.4: 20 + 0.4 * 10
        assertEquals(30.0, Percentile.of(x, 75));        // pos 3
    }

    @Test
    void histogramBucketsCountAsRepeatedValues() {
        // As JMH's rawDataHistogram gives them: (value, count), here unsorted and with an empty bucket.
        // The sample is 100, 100, 100, 200, 400, 400 (n = 6, pos = p * 7 / 100); 50 was never seen.
        Percentile.Histogram h = Percentile.Histogram.of(List.of(
                new double[] {400, 2}, new double[] {50, 0}, new double[] {100, 3}, new double[] {200, 1}));
        assertEquals(6.0, h.total());
        assertEquals(100.0, h.percentile(0), "the empty bucket is not the minimum");
        assertEquals(100.0, h.percentile(20));           // pos 1.4: x(1) = x(2) = 100
        assertEquals(150.0, h.percentile(50));           // pos 3.5: 100 + 0.5 * (200 - 100)
        assertEquals(240.0, h.percentile(60), 1e-9);     // pos 4.2: 200 + 0.2 * (400 - 200)
        assertEquals(400.0, h.percentile(90));           // pos 6.3: the maximum
        assertEquals(400.0, h.percentile(100));
    }

    @Test
    void weightedEqualsTheExpandedSampleAtEveryRank() {
        double[] values = {1.5, 2.0, 7.0, 40.0};
        double[] counts = {3, 5, 1, 2};
        double[] expanded = {1.5, 1.5, 1.5, 2.0, 2.0, 2.0, 2.0, 2.0, 7.0, 40.0, 40.0};
        for (double p = 0; p <= 100; p += 0.25) {
            assertEquals(Percentile.of(expanded, p), Percentile.of(values, counts, p), "rank " + p);
        }
    }

    @Test
    void theMedianIsTheBootstrapsMedian() {
        // HierarchicalBootstrap takes medians with commons-statistics' Median: the same numbers.
        double[][] samples = {{5}, {1, 9}, {3, 1, 2}, {4, 1, 3, 2}, {2.5, 2.5, 7, 1, 1, 10}};
        for (double[] s : samples) {
            double[] sorted = s.clone();
            Arrays.sort(sorted);
            assertEquals(HierarchicalBootstrap.median(s.clone()), Percentile.of(sorted, 50), Arrays.toString(s));
        }
    }

    @Test
    void emptyIsNaNAndBadInputIsRefused() {
        assertTrue(Double.isNaN(Percentile.of(new double[0], 50)));
        assertTrue(Double.isNaN(Percentile.of(new double[] {1, 2}, new double[] {0, 0}, 50)));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] {1, 2}, 101));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] {1, 2}, 0.99 - 1));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] {2, 1}, 50), "unsorted");
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] {1, 2}, new double[] {1, -1}, 50));
    }
}
