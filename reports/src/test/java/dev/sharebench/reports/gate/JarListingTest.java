package dev.sharebench.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/* Counting the benchmark points a parameter set will produce, from JMH's own -lp listing. */
class JarListingTest {

    /** What benchmarks.jar -lp printed for 'FloorBench.roundTrip|CounterBench.contended' (JMH 1.37). */
    private static final List<String> LISTING = List.of(
            "Benchmarks: ",
            "dev.sharebench.jmh.floor.FloorBench.roundTrip",
            "  param \"mechanism\" = {}",
            "dev.sharebench.jmh.lock.CounterBench.contended",
            "  param \"holdTokens\" = {0, 16}",
            "  param \"mechanism\" = {}");

    @Test
    void pointsMultiplyEachParametersValuesWithTheSetsOwnListsWinning() {
        JarListing l = JarListing.parse(LISTING);
        assertEquals(2, l.benchmarks().size());
        assertEquals(List.of("0", "16"), l.benchmarks().get("dev.sharebench.jmh.lock.CounterBench.contended").get("holdTokens"));
        BenchSet set = new BenchSet("s", "test", List.of("Floor|Counter", "-p", "mechanism=a,b,c", "-p", "holdTokens=0"));
        assertEquals(3 + 3, l.points(set).size());
        assertFalse(l.hasUnknownParams(set));
        BenchSet both = new BenchSet("s", "test", List.of("Counter", "-p", "mechanism=a,b,c", "-bm", "avgt,sample"));
        assertEquals(2 * (1 * 3) + 2 * (2 * 3), l.points(both).size(), "two modes; holdTokens' defaults");
    }

    @Test
    void aParameterWithoutValuesCountsOnceAndSaysSo() {
        JarListing l = JarListing.parse(LISTING);
        BenchSet set = new BenchSet("s", "test", List.of("Counter"));
        assertEquals(1 + 2, l.points(set).size(), "FloorBench once, CounterBench per holdTokens");
        assertTrue(l.hasUnknownParams(set));
    }

    @Test
    void nothingListedIsEmpty() {
        assertTrue(JarListing.parse(List.of("Benchmarks: ")).isEmpty());
        assertTrue(JarListing.parse(List.of("Error: no such file")).isEmpty());
    }
}
