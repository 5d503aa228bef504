package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.RoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class RoundTripsTest {

    @Test
    void everySupportedAliasIsRegistered() {
        RoundTrips.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe", "fifo", "process-queue", "uds", "tcp", "manager-uds", "manager-tcp", "rmi"})
    void kernelTransportsEchoEveryValue(String mechanism) {
        try (RoundTrip rt = RoundTrips.create(mechanism, "os")) {
            for (long v = 1; v <= 500; v++) {
                assertEquals(RoundTrip.reply(v), rt.roundTrip(v));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mmap-spin", "mmap-yield", "mmap-park", "mmap-futex", "mmap-block"})
    void mmapEchoesEveryValueWithEachWaitStrategy(String mechanism) {
        try (RoundTrip rt = RoundTrips.create(mechanism, "cross-cpu")) {
            for (long v = 1; v <= 5_000; v++) {
                assertEquals(RoundTrip.reply(v * 31), rt.roundTrip(v * 31));
            }
        }
    }

    @Test
    void badArgumentsNameTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoundTrips.create("pipe", "somewhere"));
        assertTrue(e.getMessage().contains("placement"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RoundTrips.create("synchronized", "os"));
        assertTrue(e.getMessage().contains("synchronized"), e.getMessage());
    }
}
