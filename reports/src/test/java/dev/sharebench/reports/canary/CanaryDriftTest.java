package dev.sharebench.reports.canary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The canary's drift rule on hand-made points (five iterations each, as the canary profile runs):
 * a drift is a ratio between two points whose whole 95% interval lies outside [1/(1+m), 1+m].
 * Small real moves and big noisy ones are not drifts; a clear move either way is, named with the
 * points it lies between.
 */
class CanaryDriftTest {

    private static final String K = "dev.sharebench.jmh.canary.CanaryBench.compute [avgt]";

    private static CanaryPoint point(String name, int round, double... iterations) {
        return new CanaryPoint(name, round, Map.of(K, new CanaryPoint.Measurement("CanaryBench.compute [avgt]", "ns/op", iterations, 1)));
    }

    private static final CanaryPoint START = point("start", 0, 1.00, 1.01, 0.99, 1.00, 1.02);

    /*
     * Six comparisons (two canaries, three points) at 95% each would make a false drift somewhere
     * ~6 times as likely as one comparison's 5%: each interval is widened to 1 - 0.05/6. The same
     * two points compared alone get the plain 95% interval, which is narrower.
     */
    @Test
    void moreComparisonsWidenEachIntervalBonferroni() {
        String k2 = "dev.sharebench.jmh.floor.FloorBench.roundTrip [avgt]";
        java.util.function.BiFunction<String, double[], CanaryPoint> two = (name, it) -> new CanaryPoint(name, name.length(), Map.of(
                K, new CanaryPoint.Measurement("CanaryBench.compute [avgt]", "ns/op", it, 1),
                k2, new CanaryPoint.Measurement("FloorBench.roundTrip [avgt]", "ns/op", it, 1)));
        CanaryPoint a = two.apply("start", new double[] {1.00, 1.04, 0.97, 1.01, 1.03});
        CanaryPoint b = two.apply("middle", new double[] {1.20, 1.26, 1.15, 1.22, 1.19});
        CanaryPoint c = two.apply("end", new double[] {1.21, 1.25, 1.17, 1.22, 1.20});
        CanaryDrift rule = new CanaryDrift(0.10);
        List<CanaryShift> six = rule.compare(List.of(a, b, c));
        assertEquals(6, six.size());
        CanaryShift alone = rule.compare(List.of(a, b)).stream().filter(s -> s.label().startsWith("Canary")).findFirst().orElseThrow();
        CanaryShift corrected = six.stream().filter(s -> s.label().startsWith("Canary") && s.to().name().equals("middle")).findFirst().orElseThrow();
        assertEquals(alone.ratio().value(), corrected.ratio().value(), 1e-12);
        double widthAlone = Math.log(alone.ratio().upper() / alone.ratio().lower());
        double widthSix = Math.log(corrected.ratio().upper() / corrected.ratio().lower());
        assertTrue(widthSix > widthAlone * 1.2, widthAlone + " vs " + widthSix);
        assertEquals(1 - 0.05 / 6, CanaryDrift.confidenceFor(6), 1e-12);
        assertEquals(0.95, CanaryDrift.confidenceFor(1), 1e-12);
    }

    /*
     * A real run's FloorBench canary (quick, 2026-12-02): iteration medians ~105 ns, then ~1099 ns,
     * with preempted iterations at 869 and 5822 ns that widened the Welch interval past the margin.
     * An 8x move of the median is a drift whatever the outliers do to the interval.
     */
    @Test
    void aGrossMoveOfTheMedianIsADriftDespiteOutliers() {
        CanaryPoint start = point("start", 0, 104, 869, 105, 103, 107);
        CanaryPoint end = point("end", 10, 1099, 1101, 5822, 1098, 140);
        List<CanaryShift> drifts = new CanaryDrift(0.10).drifts(List.of(start, end));
        assertEquals(1, drifts.size(), new CanaryDrift(0.10).compare(List.of(start, end)).toString());
        CanaryPoint mild = point("end", 10, 150, 140, 5822, 145, 148);
        assertTrue(new CanaryDrift(0.10).compare(List.of(start, mild)).stream().noneMatch(CanaryShift::drift),
                "a 1.4x move of the median with an outlier stays within the interval's judgement");
    }

    @Test
    void aSmallMoveWithinTheMarginIsNoDrift() {
        CanaryPoint end = point("end", 10, 1.03, 1.04, 1.02, 1.03, 1.05);
        List<CanaryShift> all = new CanaryDrift(0.10).compare(List.of(START, end));
        assertEquals(1, all.size());
        assertEquals(1.03, all.getFirst().ratio().value(), 0.005);
        assertFalse(all.getFirst().drift(), all.getFirst().describe());
    }

    @Test
    void aClearMoveEitherWayIsADriftNamedWithItsPoints() {
        CanaryPoint middle = point("middle", 5, 1.00, 1.00, 1.01, 0.99, 1.00);
        CanaryPoint end = point("end", 10, 1.30, 1.31, 1.29, 1.30, 1.32);
        List<CanaryShift> all = new CanaryDrift(0.10).compare(List.of(START, middle, end));
        assertEquals(List.of("start>end", "middle>end"), all.stream().filter(CanaryShift::drift).map(d -> d.from().name() + ">" + d.to().name()).toList());
        // Placed between the nearest points: start>end holds middle>end, so only the latter is the drift.
        List<CanaryShift> drifts = new CanaryDrift(0.10).drifts(List.of(START, middle, end));
        assertEquals(List.of("middle>end"), drifts.stream().map(d -> d.from().name() + ">" + d.to().name()).toList());
        String text = drifts.getFirst().describe();
        assertTrue(text.startsWith("canary `CanaryBench.compute [avgt]` moved from 1.00 to 1.30 ns/op (x1.30, CI [1."), text);
        assertTrue(text.endsWith("between middle and end"), text);
        CanaryPoint faster = point("end", 10, 0.70, 0.71, 0.69, 0.70, 0.72);
        assertTrue(new CanaryDrift(0.10).drifts(List.of(START, faster)).getFirst().ratio().upper() < 1 / 1.1);
    }

    @Test
    void aSlowMoveIsADriftBetweenTheFarthestPoints() {
        // +6% and +6% again: no step beyond 10%, but start to end is +12%.
        CanaryPoint middle = point("middle", 5, 1.06, 1.07, 1.05, 1.06, 1.08);
        CanaryPoint end = point("end", 10, 1.125, 1.13, 1.12, 1.12, 1.135);
        List<CanaryShift> drifts = new CanaryDrift(0.10).drifts(List.of(START, middle, end));
        assertEquals(List.of("start>end"), drifts.stream().map(d -> d.from().name() + ">" + d.to().name()).toList());
    }

    @Test
    void aNoisyPointIsNoDriftBecauseItsIntervalReachesTheMargin() {
        // One iteration preempted five-fold: the geometric mean moves ~38%, but so does the interval's width.
        CanaryPoint end = point("end", 10, 1.00, 5.00, 1.01, 0.99, 1.00);
        CanaryShift s = new CanaryDrift(0.10).compare(List.of(START, end)).getFirst();
        assertTrue(s.ratio().value() > 1.3, s.describe());
        assertFalse(s.drift(), s.describe());
    }

    @Test
    void theMarginIsAnOption() {
        CanaryPoint end = point("end", 10, 1.15, 1.16, 1.14, 1.15, 1.17);
        assertTrue(new CanaryDrift(0.10).compare(List.of(START, end)).getFirst().drift());
        assertFalse(new CanaryDrift(0.20).compare(List.of(START, end)).getFirst().drift());
        assertThrows(IllegalArgumentException.class, () -> new CanaryDrift(0));
    }

    @Test
    void aBenchmarkMissingAtOnePointIsNotCompared() {
        CanaryPoint empty = new CanaryPoint("middle", 5, Map.of());
        assertTrue(new CanaryDrift(0.10).compare(List.of(START, empty)).isEmpty());
    }
}
