package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Outcome;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRunner;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.Mechanisms;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* P21 (a shared manager connection) and P22 (a proxy increment) in sanity mode, over a real manager server. */
class ManagerPitfallProofsTest {

    @TempDir
    Path out;

    @Test
    void brokenReproducesEachFixHoldsAndTheRecordsNameTheirMechanisms() throws Exception {
        List<ProofRecord> records = new ProofRunner(out, Mode.SANITY, new PrintStream(OutputStream.nullOutputStream()))
                .runAll(ProofCases.all().stream().filter(p -> List.of(21, 22).contains(p.info().number())).toList());
        assertEquals(4, records.size());
        ProofVerdicts.assertBrokenReproducedAndFixedHeld(records, out);
        for (ProofRecord r : records) {
            assertEquals(List.of("manager-uds"), r.aliases(), r.id());
            r.aliases().forEach(a -> assertTrue(Mechanisms.exists(a), a + " is not a registry alias"));
        }
        /* Both fixes ran and were counted: their counts are in the Fixed records' descriptions. */
        String p21 = acceptable(records, "P21", "own-reply").desc();
        assertTrue(p21.matches(".*\\(\\d+ calls with a connection per thread, \\d+ calls on one connection with a lock.*"), p21);
        assertTrue(!p21.contains("(0 calls") && !p21.contains(" 0 calls on"), p21);
        String p22 = acceptable(records, "P22", "counted").desc();
        assertTrue(p22.contains("server-side addAndGet: ") && p22.contains("manager lock around get and put: "), p22);
    }

    private static Outcome acceptable(List<ProofRecord> records, String id, String outcome) {
        return records.stream().filter(r -> r.id().equals(id) && r.variant() == Variant.FIXED).findFirst().orElseThrow()
                .outcomes().stream().filter(o -> o.id().equals(outcome)).findFirst().orElseThrow();
    }
}
