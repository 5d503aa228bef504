package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRunner;
import dev.sharebench.core.proof.Verdict;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* P10-P12 in sanity mode: each Broken variant reproduces (deterministically), each Fixed holds. */
class DeterministicProofsTest {

    @TempDir
    Path out;

    @Test
    void brokenReproducesAndFixedHolds() throws Exception {
        List<ProofRecord> records = new ProofRunner(out, Mode.SANITY, new PrintStream(OutputStream.nullOutputStream()))
                .runAll(List.of(new ThreadLocal_10_Bleed(), new Queue_11_Unbounded(), new Offheap_12_UseAfterClose()));
        ProofVerdicts.assertBrokenReproducedAndFixedHeld(records, out);
    }
}
