package dev.sharebench.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Job;
import dev.sharebench.core.catalog.Workloads;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.workload.Mechanisms;
import dev.sharebench.reports.results.RunCatalog;
import dev.sharebench.reports.testing.TestCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/*
 * The recommendations' inputs: jobs, baselines and headlines come from the run's catalogue exactly
 * as core defines them; proof-guards.json names only registered aliases and catalogue jobs; a run
 * without a catalogue (another project's results) has no jobs and no guards.
 */
class JobCatalogTest {

    private final JobCatalog catalog = JobCatalog.of(TestCatalog.read());

    @Test
    void jobsAndBaselinesAreTheCatalogues() {
        assertEquals(Workloads.JOBS.stream().map(Job::id).toList(), catalog.jobs().stream().map(JobCatalog.Job::job).toList());
        for (JobCatalog.Job j : catalog.jobs()) {
            for (String w : j.workloads()) {
                assertEquals(Workloads.get(w).job().orElseThrow(), j.job());
                assertEquals(Workloads.get(w).baseline(), catalog.defaultBaseline(w), w);
                assertEquals(Workloads.get(w).headlineMethod(), catalog.headlineMethod(w).orElseThrow(), w);
            }
        }
        assertEquals("polled", catalog.rankMetrics().get(Workloads.HANDOFF.name()));
        assertEquals("total", catalog.rankMetrics().get(Workloads.XPROC_COUNTER_BENCH.name()), "both processes' operations, not the parent's");
    }

    @Test
    void everyGuardNamesRegisteredAliasesAndACatalogueJob() {
        Set<String> jobs = catalog.jobs().stream().map(JobCatalog.Job::job).collect(Collectors.toSet());
        assertTrue(!catalog.guards().isEmpty());
        for (JobCatalog.Guard g : catalog.guards()) {
            assertTrue(g.proof().matches("P\\d\\d"), g.proof());
            assertTrue(jobs.contains(g.job()), g.proof() + " guards unknown job " + g.job());
            for (String alias : g.guards()) {
                assertTrue(Mechanisms.exists(alias), g.proof() + " guards unregistered alias " + alias);
            }
            for (String alias : g.brokenAliases()) {
                assertTrue(Mechanisms.exists(alias), g.proof() + " names unregistered broken alias " + alias);
            }
        }
    }

    /*
     * A guard is a claim that the proof checked the alias: it may name only aliases the proof runs
     * (the catalogue's list, which the proof runner enforces on every Fixed record it writes).
     */
    @Test
    void everyGuardNamesOnlyAliasesItsProofRuns() {
        for (JobCatalog.Guard g : catalog.guards()) {
            ProofInfo proof = ProofCatalog.find(g.proof()).orElseThrow(() -> new AssertionError("guard of unknown proof " + g.proof()));
            List<String> notRun = g.guards().stream().filter(a -> !proof.aliases().contains(a)).toList();
            assertEquals(List.of(), notRun, g.proof() + " (" + g.job() + ") guards aliases it never runs; it runs " + proof.aliases());
            List<String> brokenNotRun = g.brokenAliases().stream().filter(a -> !proof.aliases().contains(a)).toList();
            assertEquals(List.of(), brokenNotRun, g.proof() + " names broken aliases it never runs");
        }
    }

    @Test
    void anotherProjectsResultsHaveNoJobsAndNoGuards() {
        JobCatalog none = JobCatalog.of(RunCatalog.NONE);
        assertEquals(List.of(), none.jobs());
        assertEquals(List.of(), none.guards());
        assertTrue(none.headlineMethod("CounterBench").isEmpty());
    }
}
