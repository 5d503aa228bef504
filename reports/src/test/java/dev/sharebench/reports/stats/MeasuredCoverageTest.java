package dev.sharebench.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The recorded coverage table as the documents read it: the comment line is skipped, every row is
 * a fork count with percentages where the lowest is at most the mean, and the sentence lists the
 * rows in order, comma-separated, naming the number of benchmarks. (compare's
 * IntervalCoverageCommandTest checks that the figures themselves are reproducible.)
 */
class MeasuredCoverageTest {

    private static double pct(String s) {
        assertTrue(s.matches("\\d{1,3}\\.\\d%"), s);
        return Double.parseDouble(s.replace("%", ""));
    }

    @Test
    void rowsAreForkCountsWithConsistentPercentages() {
        List<MeasuredCoverage.Row> rows = MeasuredCoverage.rows();
        assertFalse(rows.isEmpty());
        for (int i = 0; i < rows.size(); i++) {
            MeasuredCoverage.Row r = rows.get(i);
            assertTrue(r.forks() >= IntervalRule.MIN_FORKS && (i == 0 || r.forks() > rows.get(i - 1).forks()), "ascending fork counts: " + rows);
            assertTrue(pct(r.valueLowest()) <= pct(r.valueMean()) && pct(r.valueMean()) <= 100, r.toString());
            assertTrue(pct(r.ratioLowest()) <= pct(r.ratioMean()) && pct(r.ratioMean()) <= 100, r.toString());
            assertEquals(rows.getFirst().benchmarks(), r.benchmarks(), "one recording: " + rows);
        }
    }

    @Test
    void theSentenceListsEveryRowInOrder() {
        List<MeasuredCoverage.Row> rows = MeasuredCoverage.rows();
        String s = MeasuredCoverage.sentence();
        assertTrue(s.startsWith("Measured coverage of the nominal 95% (simulated on " + rows.getFirst().benchmarks() + " benchmarks'"), s);
        StringBuilder ratios = new StringBuilder("intervals of A/A ratios ");
        StringBuilder values = new StringBuilder("intervals of a single mechanism's value only ");
        for (int i = 0; i < rows.size(); i++) {
            MeasuredCoverage.Row r = rows.get(i);
            String sep = i == 0 ? "" : ", ";
            ratios.append(sep).append(r.ratioMean()).append(" at ").append(r.forks()).append(" forks (lowest ").append(r.ratioLowest()).append(')');
            values.append(sep).append(r.valueMean()).append(" at ").append(r.forks()).append(" (lowest ").append(r.valueLowest()).append(')');
        }
        assertTrue(s.contains(ratios + "; "), s);
        assertTrue(s.contains(values + ", because"), s);
    }
}
