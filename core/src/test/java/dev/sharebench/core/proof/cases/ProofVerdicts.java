package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class ProofVerdicts {

    private ProofVerdicts() {
    }

    /* Every Broken record says "reproduced" with a non-zero bug count, every Fixed one "fix held"; each has its file. */
    static void assertBrokenReproducedAndFixedHeld(List<ProofRecord> records, Path out) {
        assertTrue(!records.isEmpty());
        for (ProofRecord r : records) {
            String what = r.id() + " " + r.variant().id() + ": " + r.reason();
            assertEquals(r.variant() == Variant.BROKEN ? Verdict.REPRODUCED : Verdict.FIX_HELD, r.verdict(), what);
            assertTrue(r.trials() > 0, what);
            assertTrue(Files.isRegularFile(out.resolve(r.fileName())), what);
        }
    }
}
