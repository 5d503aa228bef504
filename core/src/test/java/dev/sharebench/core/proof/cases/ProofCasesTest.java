package dev.sharebench.core.proof.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Kind;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofCasesTest {

    @Test
    void everyDeterministicAndCrossProcessProofOfTheCatalogIsImplementedByItsNamedClass() {
        List<ProofInfo> wanted = ProofCatalog.all().stream().filter(p -> !p.kind().underJcstress()).toList();
        assertEquals(wanted, ProofCases.all().stream().map(Proof::info).toList());
        for (Proof p : ProofCases.all()) {
            assertEquals(p.info().testClass(), p.getClass().getName());
        }
    }

    @Test
    void selectingAJcstressProofIsAUsageErrorThatSaysWhereItRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProofCases.select("--only", ProofCatalog.parseIds("--only", "P01")));
        assertTrue(e.getMessage().contains("P01 is a jcstress proof"), e.getMessage());
    }
}
