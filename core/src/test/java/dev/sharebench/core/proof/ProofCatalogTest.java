package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProofCatalogTest {

    @Test
    void holdsTheNineteenProofsOfIssue4InOrder() {
        List<ProofInfo> all = ProofCatalog.all();
        assertEquals(IntStream.rangeClosed(1, 19).boxed().toList(), all.stream().map(ProofInfo::number).toList());
        assertEquals("P01", all.getFirst().id());
        assertEquals("P19", all.getLast().id());
        assertEquals(9, ProofCatalog.ofKind(Kind.JCSTRESS).size());
        assertEquals(3, ProofCatalog.ofKind(Kind.DETERMINISTIC).size());
        assertEquals(7, ProofCatalog.ofKind(Kind.CROSS_PROCESS).size());
    }

    @Test
    void parsesIdsAndNumbersAndNamesTheArgumentOnBadInput() {
        assertEquals(List.of("P01", "P10"), ProofCatalog.parseIds("--only", "P01, 10").stream().map(ProofInfo::id).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProofCatalog.parseIds("--only", "P20"));
        assertTrue(e.getMessage().startsWith("--only: unknown proof id 'P20'"), e.getMessage());
    }

    @Test
    void aClassMustCarryItsProofNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProofInfo(3, "t", "p", Kind.JCSTRESS, "a.b.Lock_04_Publication", null));
        assertTrue(e.getMessage().contains("NN = 03"), e.getMessage());
    }

    @Test
    void findsTheProofOfAJcstressTestName() {
        assertEquals("P06", ProofCatalog.forTest("dev.sharebench.jcstress.offheap.Offheap_06_SegmentLostUpdate.Broken").orElseThrow().id());
        assertTrue(ProofCatalog.forTest("dev.sharebench.jcstress.lock.Lock_99_Nothing.Broken").isEmpty());
    }
}
