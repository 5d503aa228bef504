package dev.sharebench.reports.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/* The citation line says how many CPUs the run had and whether they were virtual, in words, whatever wrote the manifest. */
class ManifestTest {

    @Test
    void theCpuCountSaysWhetherTheCpusWereVirtual() {
        assertEquals("2 vCPUs (virtualized)", Manifest.cpus("2", "yes"), "core.jar: the hypervisor flag of /proc/cpuinfo");
        assertEquals("2 CPUs (no hypervisor reported)", Manifest.cpus("2", "no (or unknown)"));
        assertEquals("4 vCPUs (virtualized: KVM)", Manifest.cpus("4", "KVM"), "another writer naming the hypervisor");
        assertEquals("8 CPUs", Manifest.cpus("8", ""), "no hypervisor field");
    }

    @Test
    void theCitationCarriesTheReadableMachine() throws Exception {
        Manifest m = Manifest.of("fallback", new ObjectMapper().readTree("""
                {"runId": "r1", "profile": "quick", "gitCommit": "0123456789abcdef",
                 "jdk": {"vendor": "Eclipse Adoptium", "version": "25.0.3", "vm": "OpenJDK 64-Bit Server VM"},
                 "machine": {"cpuModel": "AMD EPYC", "cores": 2, "hypervisor": "yes"}}"""));
        assertTrue(m.citeAs().contains(", AMD EPYC, 2 vCPUs (virtualized), Eclipse Adoptium 25.0.3"), m.citeAs());
    }
}
