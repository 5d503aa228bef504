package dev.sharebench.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/* The peer witness sums what children started inside it counted, and only those. */
@Timeout(60)
class PeerWitnessTest {

    private static void runChild(long served, long added) {
        try (ChildProcess child = ChildProcess.start(TestRoles.Witnesses.class, List.of(Long.toString(served), Long.toString(added)),
                Duration.ofSeconds(30))) {
            child.readyInfo();
        }
    }

    @Test
    void sumsTheCountsOfEveryChildStartedInsideItAndNoOther() throws Exception {
        runChild(100, 100); // before: counts nowhere
        Path dir;
        try (PeerWitness w = PeerWitness.open()) {
            dir = PeerWitness.openDir();
            runChild(3, 5);
            runChild(4, 0);
            assertEquals(7, w.total(PeerWitness.Seen.SERVED));
            assertEquals(5, w.total(PeerWitness.Seen.ADDED));
            assertEquals(0, w.total(PeerWitness.Seen.VERIFIED));
            assertThrows(IllegalStateException.class, PeerWitness::open, "one witness at a time");
        }
        assertFalse(Files.exists(dir), "closing deletes the witness folder");
        try (PeerWitness w = PeerWitness.open()) {
            runChild(0, 0);
            assertEquals(0, w.total(PeerWitness.Seen.SERVED), "a new witness starts from nothing");
        }
    }
}
