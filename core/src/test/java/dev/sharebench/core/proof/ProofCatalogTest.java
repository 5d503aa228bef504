package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProofCatalogTest {

    /* Issue 4's nineteen proofs, then later issues' (P20 on); numbered without gaps, in order. */
    @Test
    void holdsTheProofsInOrderWithoutGaps() {
        List<ProofInfo> all = ProofCatalog.all();
        assertEquals(IntStream.rangeClosed(1, all.size()).boxed().toList(), all.stream().map(ProofInfo::number).toList());
        assertTrue(all.size() >= 20, "proofs went missing: " + all.size());
        assertEquals("P01", all.getFirst().id());
        assertEquals(9, ProofCatalog.ofKind(Kind.JCSTRESS).stream().filter(p -> p.number() <= 19).count());
        assertEquals(3, ProofCatalog.ofKind(Kind.DETERMINISTIC).stream().filter(p -> p.number() <= 19).count());
        assertEquals(7, ProofCatalog.ofKind(Kind.CROSS_PROCESS).stream().filter(p -> p.number() <= 19).count());
        assertEquals(Kind.JCSTRESS, ProofCatalog.find("P20").orElseThrow().kind(), "P20, the plain HashMap, runs under jcstress");
        assertEquals(Kind.CROSS_PROCESS, ProofCatalog.find("P21").orElseThrow().kind(), "P21, a shared manager connection");
        assertEquals(Kind.CROSS_PROCESS, ProofCatalog.find("P22").orElseThrow().kind(), "P22, a proxy increment from two processes");
    }

    @Test
    void parsesIdsAndNumbersAndNamesTheArgumentOnBadInput() {
        assertEquals(List.of("P01", "P10"), ProofCatalog.parseIds("--only", "P01, 10").stream().map(ProofInfo::id).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProofCatalog.parseIds("--only", "P99"));
        assertTrue(e.getMessage().startsWith("--only: unknown proof id 'P99'"), e.getMessage());
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
