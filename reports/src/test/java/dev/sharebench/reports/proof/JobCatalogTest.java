package dev.sharebench.reports.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.workload.Mechanisms;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/* jobs.json is the one place that maps proofs to mechanisms: every alias in it must be registered in core. */
class JobCatalogTest {

    private final JobCatalog catalog = JobCatalog.load();

    @Test
    void everyAliasIsRegistered() {
        for (JobCatalog.Guard g : catalog.guards()) {
            for (String alias : g.guards()) {
                assertTrue(Mechanisms.exists(alias), g.proof() + " guards unregistered alias " + alias);
            }
            for (String alias : g.brokenAliases()) {
                assertTrue(Mechanisms.exists(alias), g.proof() + " names unregistered broken alias " + alias);
            }
        }
        for (JobCatalog.Job j : catalog.jobs()) {
            for (String w : j.workloads()) {
                catalog.defaultBaseline(w).ifPresent(b -> assertTrue(Mechanisms.exists(b), w + " baseline " + b + " is not registered"));
            }
        }
    }

    @Test
    void theSevenJobsOfTheIssueAndWellFormedProofIds() {
        assertEquals(List.of("count", "hand off", "per-thread state", "bulk array", "cross-process message", "cross-process counter",
                "cross-process map"), catalog.jobs().stream().map(JobCatalog.Job::job).toList());
        Set<String> jobs = catalog.jobs().stream().map(JobCatalog.Job::job).collect(Collectors.toSet());
        for (JobCatalog.Guard g : catalog.guards()) {
            assertTrue(g.proof().matches("P\\d\\d"), g.proof());
            assertTrue(jobs.contains(g.job()), g.proof() + " guards unknown job " + g.job());
        }
    }
}
