package dev.sharebench.reports.historydb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/* What makes two runs comparable: the machine kind, not the host or the kernel's patch level. */
class FingerprintTest {

    private static Fingerprint of(String cpu, String cores, long memory, String kernel, String jdk) {
        return Fingerprint.of(cpu, cores, memory, kernel, "KVM", jdk);
    }

    @Test
    void patchLevelsAndMemoryRoundingDoNotSplitAMachine() {
        Fingerprint a = of("AMD EPYC", "2", 25_275_990_016L, "6.18.44-fc-v1045", "Temurin 25.0.3");
        assertEquals(a, of("AMD EPYC", "2", 25_270_000_000L, "6.18.45", "Temurin 25.0.3"));
        assertEquals("6.18", Fingerprint.majorMinor("6.18.44-fc-v1045"));
        assertEquals(12, a.id().length());
    }

    @Test
    void cpuCoresKernelMinorAndJdkDo() {
        Fingerprint a = of("AMD EPYC", "2", 24L << 30, "6.18.44", "Temurin 25.0.3");
        assertNotEquals(a.id(), of("Intel Xeon", "2", 24L << 30, "6.18.44", "Temurin 25.0.3").id());
        assertNotEquals(a.id(), of("AMD EPYC", "4", 24L << 30, "6.18.44", "Temurin 25.0.3").id());
        assertNotEquals(a.id(), of("AMD EPYC", "2", 24L << 30, "6.19.1", "Temurin 25.0.3").id());
        assertNotEquals(a.id(), of("AMD EPYC", "2", 24L << 30, "6.18.44", "Temurin 25.0.4").id());
    }
}
