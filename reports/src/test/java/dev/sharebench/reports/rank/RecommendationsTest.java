package dev.sharebench.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.jmh.BenchmarkRun;
import dev.sharebench.reports.proof.ProofRecord;
import dev.sharebench.reports.stats.IntervalRule;
import dev.sharebench.reports.testing.TestCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/* A mechanism whose guarding fix failed is never recommended, even when it is the fastest. */
class RecommendationsTest {

    @Test
    void fastestButUnprovenIsSkippedAndTheRatioIsBootstrappedBetweenTheEligible() {
        Analysis analysis = new Analysis(IntervalRule.defaults(), Map.of(), Map.of());
        // CounterBench: atomic-long fastest, but P01's fix (which guards atomic-long and long-adder) failed.
        List<BenchmarkRun> runs = List.of(counter("atomic-long", 300), counter("synchronized", 200), counter("reentrant-lock", 50));
        Map<String, List<RankedComparison>> w = analysis.analyse(runs);
        ProofRecord failed = new ProofRecord("P01", 1, "Lost update", "count++ on a shared field", "jcstress", "fixed", "T", 1000,
                List.of(new ProofRecord.Outcome("1", 3, "FORBIDDEN", "lost")), "fix failed", "", "amd64", "25", 2, "quick", 1);
        var rec = Recommendations.build(JobCatalog.of(TestCatalog.read()), analysis, w, List.of(failed)).getFirst();
        assertEquals("count", rec.job());
        assertEquals("synchronized", rec.best());
        assertEquals("reentrant-lock", rec.runnerUp());
        assertTrue(rec.ratio().matches("4\\.0\\d\u00d7 \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] slower"), rec.ratio());
        assertTrue(rec.excluded().contains("atomic-long (P01 fix failed)"), rec.excluded());
    }

    private static BenchmarkRun counter(String mechanism, double opsPerUs) {
        BenchmarkRun r = AnalysisTest.run(mechanism, "ops/us", opsPerUs, 3);
        return new BenchmarkRun(r.source(), r.jmhVersion(), "dev.sharebench.jmh.lock.CounterBench.increment", r.mode(), r.threads(),
                r.forks(), r.jdkVersion(), r.vmName(), r.jvmArgs(), r.params(), r.primary(), r.secondary());
    }
}
