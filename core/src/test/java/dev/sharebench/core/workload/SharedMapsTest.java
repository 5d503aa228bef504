package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.SharedMapWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(60)
class SharedMapsTest {

    @Test
    void everySupportedAliasIsRegistered() {
        SharedMaps.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
    }

    @ParameterizedTest
    @CsvSource({"manager-uds,binary,1", "manager-uds,java,64", "manager-tcp,binary,64", "manager-tcp,java,1"})
    void writesAreReadBack(String mechanism, String codec, int batch) {
        try (SharedMapWorkload w = SharedMaps.create(mechanism, codec, batch, "os")) {
            long items = 0;
            for (long round = 1; round <= 300; round++) {
                items += w.step(round);
            }
            assertEquals(300L * batch, items);
        }
    }
}
