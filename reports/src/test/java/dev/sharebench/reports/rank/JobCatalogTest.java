package dev.sharebench.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.catalog.Job;
import dev.sharebench.core.catalog.Workloads;
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

    @Test
    void anotherProjectsResultsHaveNoJobsAndNoGuards() {
        JobCatalog none = JobCatalog.of(RunCatalog.NONE);
        assertEquals(List.of(), none.jobs());
        assertEquals(List.of(), none.guards());
        assertTrue(none.headlineMethod("CounterBench").isEmpty());
    }
}
