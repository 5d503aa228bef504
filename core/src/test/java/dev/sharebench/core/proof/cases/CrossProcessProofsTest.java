package dev.sharebench.core.proof.cases;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRunner;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* P13, P15, P16, P18 in sanity mode with real child JVMs (P14, P17, P19: LifecycleProofsTest). */
class CrossProcessProofsTest {

    @TempDir
    Path out;

    @Test
    void brokenReproducesAndFixedHolds() throws Exception {
        List<ProofRecord> records = new ProofRunner(out, Mode.SANITY, new PrintStream(OutputStream.nullOutputStream()))
                .runAll(ProofCases.all().stream().filter(p -> List.of(13, 15, 16, 18).contains(p.info().number())).toList());
        ProofVerdicts.assertBrokenReproducedAndFixedHeld(records, out);
    }
}
