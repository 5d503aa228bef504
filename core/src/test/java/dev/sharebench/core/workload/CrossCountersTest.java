package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.CrossCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(60)
class CrossCountersTest {

    @Test
    void everySupportedAliasIsRegistered() {
        CrossCounters.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
    }

    @ParameterizedTest
    @CsvSource({"mmap,1", "mmap-lock,1", "file-lock,3", "manager-uds,1", "manager-tcp,64"})
    void bothProcessesAddAndNothingIsLost(String mechanism, int batch) {
        try (CrossCounter c = CrossCounters.create(mechanism, batch, "os")) {
            long here = 0;
            for (int i = 0; i < 5000; i++) {
                c.add(batch);
                here += batch;
            }
            long total = c.finish(here);
            assertTrue(total > here, mechanism + ": the peer process added nothing (total " + total + ")");
        }
    }

    @Test
    void aWrongCountIsCaught() {
        try (CrossCounter c = CrossCounters.create("mmap", 1, "os")) {
            c.add(1);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.finish(2));
            assertTrue(e.getMessage().startsWith("mmap:"), e.getMessage());
        }
    }

    @Test
    void badBatchIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossCounters.create("mmap", 0, "os"));
        assertEquals("batch must be >= 1, got 0 (for mmap)", e.getMessage());
    }
}
