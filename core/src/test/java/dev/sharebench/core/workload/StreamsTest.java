package dev.sharebench.core.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.contract.StreamSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(60)
class StreamsTest {

    @Test
    void everySupportedAliasIsRegistered() {
        Streams.FACTORY.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a));
    }

    /* Small and large messages, small buffers so the rings and pipes wrap and fill many times. */
    @ParameterizedTest
    @CsvSource({"agrona-ring,64,0", "agrona-ring,70000,0", "mmap-spsc-ring,64,1024", "mmap-spsc-ring,70000,0",
            "pipe,64,65536", "pipe,1048576,1048576", "fifo,4096,131072", "uds,64,0", "tcp,1048576,0"})
    void everyMessageArrivesIntactAndInOrder(String mechanism, int payloadBytes, int capacity) {
        int messages = payloadBytes >= 1 << 20 ? 40 : 3000;
        try (StreamSender s = Streams.create(mechanism, payloadBytes, capacity, "os")) {
            for (long seq = 1; seq <= messages; seq++) {
                s.send(seq);
            }
            assertEquals(messages, s.finish(messages));
        }
    }

    @Test
    void aMiscountIsCaught() {
        try (StreamSender s = Streams.create("mmap-spsc-ring", 64, 0, "os")) {
            s.send(1);
            s.send(2);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.finish(3));
            assertTrue(e.getMessage().contains("mmap-spsc-ring"), e.getMessage());
        }
    }

    @Test
    void aSkippedSequenceIsCaughtByTheStamps() {
        try (StreamSender s = Streams.create("pipe", 64, 0, "os")) {
            s.send(1);
            s.send(3);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.finish(2));
            assertTrue(e.getMessage().contains("message 2"), e.getMessage());
        }
    }
}
