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
        // CounterBench: atomic-long fastest, but P30's check, which ran atomic-long, failed.
        List<BenchmarkRun> runs = List.of(counter("atomic-long", 300), counter("synchronized", 200), counter("reentrant-lock", 50));
        Map<String, List<RankedComparison>> w = analysis.analyse(runs);
        ProofRecord failed = new ProofRecord("P30", 30, "Counters lose no update", "count++ on a shared field", "jcstress", "fixed", "T", 1000,
                List.of(new ProofRecord.Outcome("1", 3, "FORBIDDEN", "lost")), "fix failed", "", "amd64", "25", 2, "quick", 1,
                List.of("atomic-long", "long-adder"), false);
        var rec = Recommendations.build(JobCatalog.of(TestCatalog.read()), analysis, w, List.of(failed)).getFirst();
        assertEquals("count", rec.job());
        assertEquals("synchronized", rec.best());
        assertEquals("reentrant-lock", rec.runnerUp());
        assertTrue(rec.ratio().matches("4\\.0\\d\u00d7 \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] slower"), rec.ratio());
        assertTrue(rec.excluded().contains("atomic-long (P30 fix failed)"), rec.excluded());
    }

    /* A tie is not a winner: the "use" column names every eligible mechanism the intervals cannot separate from the best. */
    @Test
    void aTieForFirstNamesTheTiedGroupNotOneWinner() {
        Analysis analysis = new Analysis(IntervalRule.defaults(), Map.of(), Map.of());
        List<BenchmarkRun> runs = List.of(counter("long-adder", 300), counter("atomic-long", 300), counter("synchronized", 50));
        var tied = Recommendations.build(JobCatalog.of(TestCatalog.read()), analysis, analysis.analyse(runs), List.of()).getFirst();
        assertEquals("long-adder / atomic-long (tied)", tied.use());
        List<BenchmarkRun> apart = List.of(counter("long-adder", 300), counter("atomic-long", 100), counter("synchronized", 50));
        var clear = Recommendations.build(JobCatalog.of(TestCatalog.read()), analysis, analysis.analyse(apart), List.of()).getFirst();
        assertEquals("long-adder", clear.use());
    }

    /* A record is evidence only for the aliases it ran: no citation, no exclusion for the others. */
    @Test
    void aRecordIsCitedOnlyForTheAliasesItRan() {
        JobCatalog.Guard guard = new JobCatalog.Guard("P30", "count", List.of("atomic-long", "synchronized"), List.of());
        ProofRecord ranAtomicOnly = new ProofRecord("P30", 30, "t", "p", "check", "fixed", "T", 10, List.of(), "fix failed", "r",
                "amd64", "25", 2, "quick", 1, List.of("atomic-long"), false);
        assertEquals("P30 fix failed", Recommendations.proofStatus("atomic-long", Map.of(), List.of(guard), List.of(ranAtomicOnly)));
        assertEquals("no proof record of this run ran it", Recommendations.proofStatus("synchronized", Map.of(), List.of(guard), List.of(ranAtomicOnly)));
        assertEquals(Map.of("atomic-long", "P30 fix failed"), Recommendations.excluded(List.of(guard), List.of(ranAtomicOnly)));
    }

    /*
     * A check counts each alias on its own (core judges each, the record carries the verdicts): the
     * record of a run where one counter lost updates fails that counter only. The proof column cites,
     * for the recommended alias, only records that ran it: here a record that ran another counter of
     * the same family (long-adder, not atomic-long).
     */
    @Test
    void aCheckIsCitedPerAliasAndNeverForAnAliasItDidNotRun() {
        JobCatalog.Guard guard = new JobCatalog.Guard("P30", "count", List.of("atomic-long", "synchronized", "long-adder"), List.of());
        ProofRecord check = new ProofRecord("P30", 30, "t", "p", "check", "fixed", "T", 2000,
                List.of(outcome("synchronized: ok", 997, "ACCEPTABLE"), outcome("synchronized: wrong", 3, "FORBIDDEN"),
                        outcome("long-adder: ok", 1000, "ACCEPTABLE"), outcome("long-adder: wrong", 0, "FORBIDDEN")),
                "fix failed", "r", "amd64", "25", 2, "quick", 1, List.of("synchronized", "long-adder"), false,
                List.of(verdict("synchronized", "fix failed"), verdict("long-adder", "fix held")));
        ProofRecord otherRecord = new ProofRecord("P30", 30, "t", "p", "check", "fixed", "T", 10, List.of(), "fix held", "r",
                "amd64", "25", 2, "quick", 1, List.of("long-adder"), false);
        List<ProofRecord> both = List.of(check, otherRecord);
        assertEquals("P30 fix held", Recommendations.proofStatus("long-adder", Map.of(), List.of(guard), both), "judged on its own outcomes");
        assertEquals("P30 fix failed", Recommendations.proofStatus("synchronized", Map.of(), List.of(guard), both));
        assertEquals("no proof record of this run ran it", Recommendations.proofStatus("atomic-long", Map.of(), List.of(guard), both),
                "records that ran other counters are not evidence for atomic-long");
        assertEquals(Map.of("synchronized", "P30 fix failed"), Recommendations.excluded(List.of(guard), both));
    }

    private static ProofRecord.AliasVerdict verdict(String alias, String verdict, String... params) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        return new ProofRecord.AliasVerdict(alias, p, verdict);
    }

    /*
     * A record that ran a handoff under some wait strategies speaks for rows measured with those only:
     * the headline ranks waitStrategy=spin, so a P31 record that ran disruptor with park and block
     * (as the check did before it ran every wait) is not cited for it, and one that ran spin is, with
     * the setup named. A failure under any wait still excludes the mechanism.
     */
    @Test
    void aRecordIsCitedForAHeadlineRowOnlyWhenItRanTheRowsWaitStrategy() {
        JobCatalog.Guard guard = new JobCatalog.Guard("P31", "hand off", List.of("disruptor", "jctools-spsc"), List.of());
        Map<String, String> headline = Map.of("waitStrategy", "spin", "capacity", "1024");
        ProofRecord gentlestOnly = p31(verdict("disruptor", "fix held", "waitStrategy", "park"),
                verdict("jctools-spsc", "fix held", "waitStrategy", "park"));
        assertEquals("no proof record of this run ran it as this row measured it (ran: P31 waitStrategy=park)",
                Recommendations.proofStatus("disruptor", headline, List.of(guard), List.of(gentlestOnly)));
        ProofRecord everyWait = p31(verdict("disruptor", "fix held", "waitStrategy", "spin"), verdict("disruptor", "fix held", "waitStrategy", "park"),
                verdict("jctools-spsc", "fix held", "waitStrategy", "park"), verdict("jctools-spsc", "fix failed", "waitStrategy", "yield"));
        assertEquals("P31 fix held (waitStrategy=spin)", Recommendations.proofStatus("disruptor", headline, List.of(guard), List.of(everyWait)));
        assertEquals(Map.of("jctools-spsc", "P31 fix failed (waitStrategy=yield)"), Recommendations.excluded(List.of(guard), List.of(everyWait)));
    }

    private static ProofRecord p31(ProofRecord.AliasVerdict... verdicts) {
        List<String> aliases = java.util.Arrays.stream(verdicts).map(ProofRecord.AliasVerdict::alias).distinct().toList();
        return new ProofRecord("P31", 31, "t", "p", "check", "fixed", "T", 10, List.of(), "fix held", "", "amd64", "25", 2, "quick", 1,
                aliases, false, List.of(verdicts));
    }

    private static ProofRecord.Outcome outcome(String id, long count, String grade) {
        return new ProofRecord.Outcome(id, count, grade, "d");
    }

    /*
     * A recommendation needs an interval: a 1-fork mechanism (a profile's exploratory set) beside
     * 3-fork ones is shown but never picked, even when it is the fastest.
     */
    @Test
    void aOneForkMechanismBesideIntervalsIsNeverPicked() {
        Analysis analysis = new Analysis(IntervalRule.defaults(), Map.of(), Map.of());
        List<BenchmarkRun> runs = List.of(counter("atomic-long", 900, 1), counter("synchronized", 200), counter("reentrant-lock", 50));
        var rec = Recommendations.build(JobCatalog.of(TestCatalog.read()), analysis, analysis.analyse(runs), List.of()).getFirst();
        assertEquals("synchronized", rec.best());
        assertEquals("reentrant-lock", rec.runnerUp());
    }

    private static BenchmarkRun counter(String mechanism, double opsPerUs) {
        return counter(mechanism, opsPerUs, 3);
    }

    private static BenchmarkRun counter(String mechanism, double opsPerUs, int forks) {
        BenchmarkRun r = AnalysisTest.run(mechanism, "ops/us", opsPerUs, forks);
        return new BenchmarkRun(r.source(), r.jmhVersion(), "dev.sharebench.jmh.lock.CounterBench.increment", r.mode(), r.threads(),
                r.forks(), r.jdkVersion(), r.vmName(), r.jvmArgs(), r.params(), r.primary(), r.secondary());
    }
}
