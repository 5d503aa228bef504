package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProofCatalogTest {

    @Test
    void holdsTheNineteenProofsOfIssue4InOrderThenTheChecks() {
        List<ProofInfo> all = ProofCatalog.all();
        assertEquals(IntStream.rangeClosed(1, 19).boxed().toList(), all.stream().map(ProofInfo::number).limit(19).toList());
        assertEquals("P01", all.getFirst().id());
        assertEquals(9, ProofCatalog.ofKind(Kind.JCSTRESS).size());
        assertEquals(3, ProofCatalog.ofKind(Kind.DETERMINISTIC).size());
        assertEquals(List.of("P30", "P31", "P32", "P33", "P34"), ProofCatalog.ofKind(Kind.CHECK).stream().map(ProofInfo::id).toList());
    }

    /* Every registered alias is run by at least one proof or check: the catalogue's side of proof-coverage. */
    @Test
    void everyRegisteredAliasIsRunBySomeProof() {
        java.util.Set<String> run = new java.util.HashSet<>();
        ProofCatalog.all().forEach(p -> run.addAll(p.aliases()));
        List<String> missing = dev.sharebench.core.workload.Mechanisms.all().stream().map(dev.sharebench.core.Mechanism::alias)
                .filter(a -> !run.contains(a)).toList();
        assertEquals(List.of(), missing, "aliases no proof runs");
    }

    @Test
    void deterministicProofsAndTheReorderingProofAreMarked() {
        assertEquals(List.of("P11", "P12", "P19"), ProofCatalog.all().stream().filter(ProofInfo::deterministic).map(ProofInfo::id).toList());
        assertEquals(List.of("P04"), ProofCatalog.all().stream().filter(ProofInfo::reordering).map(ProofInfo::id).toList());
        assertEquals(List.of("mmap", "mmap-lock", "file-lock"), ProofCatalog.find("P14").orElseThrow().aliases());
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
