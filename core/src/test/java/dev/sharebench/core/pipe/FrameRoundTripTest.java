package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class FrameRoundTripTest {

    /* A peer that crashes mid-run: the blocked read ends and the error names the mechanism and the exit. */
    @ParameterizedTest
    @ValueSource(strings = {"pipe", "uds"})
    void aCrashedPeerFailsTheRoundTripWithAClearMessage(String mechanism) {
        FrameRoundTrip rt = new FrameRoundTrip(mechanism, mechanism, WaitStrategy.BLOCK, Placement.OS);
        try {
            assertEquals(RoundTrip.reply(1L), rt.roundTrip(1L));
            ProcessHandle.of(rt.child().pid()).orElseThrow().destroyForcibly();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rt.roundTrip(2L));
            assertTrue(e.getMessage().contains(mechanism + ": round trip 2 failed") && e.getMessage().contains("exit code"), e.getMessage());
        } finally {
            assertThrows(IllegalStateException.class, rt::close, "closing a crashed child reports it");
        }
    }
}
