package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProofCatalogTest {

    /* Issue 4's nineteen proofs, then later issues' (P20 on), numbered without gaps; then the checks (P30 on, P36 on under jcstress). */
    @Test
    void holdsTheProofsInOrderWithoutGapsThenTheChecks() {
        List<ProofInfo> proofs = ProofCatalog.all().stream().filter(p -> !p.kind().isCheck()).toList();
        assertEquals(IntStream.rangeClosed(1, proofs.size()).boxed().toList(), proofs.stream().map(ProofInfo::number).toList());
        assertTrue(proofs.size() >= 22, "proofs went missing: " + proofs.size());
        assertEquals("P01", proofs.getFirst().id());
        assertEquals(9, ProofCatalog.ofKind(Kind.JCSTRESS).stream().filter(p -> p.number() <= 19).count());
        assertEquals(3, ProofCatalog.ofKind(Kind.DETERMINISTIC).size());
        assertEquals(7, ProofCatalog.ofKind(Kind.CROSS_PROCESS).stream().filter(p -> p.number() <= 19).count());
        assertEquals(Kind.JCSTRESS, ProofCatalog.find("P20").orElseThrow().kind(), "P20, the plain HashMap, runs under jcstress");
        assertEquals(Kind.CROSS_PROCESS, ProofCatalog.find("P21").orElseThrow().kind(), "P21, a shared manager connection");
        assertEquals(Kind.CROSS_PROCESS, ProofCatalog.find("P22").orElseThrow().kind(), "P22, a proxy increment from two processes");
        assertEquals(List.of("manager-uds"), ProofCatalog.find("P21").orElseThrow().aliases());
        assertEquals(List.of("manager-uds"), ProofCatalog.find("P22").orElseThrow().aliases());
        assertEquals(List.of("P30", "P31", "P32", "P33", "P34", "P35"), ProofCatalog.ofKind(Kind.CHECK).stream().map(ProofInfo::id).toList());
        assertEquals(List.of("P36", "P37"), ProofCatalog.ofKind(Kind.JCSTRESS_CHECK).stream().map(ProofInfo::id).toList());
        assertEquals(ProofCatalog.all().subList(0, proofs.size()), proofs, "the checks come after every proof");
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

    /* The jcstress checks run every alias of their family's factory, as P30 and P31 do, and have a Fixed record only. */
    @Test
    void theJcstressChecksRunTheirFamiliesAliasesWithAFixedRecordOnly() {
        assertEquals(List.copyOf(dev.sharebench.core.workload.Counters.FACTORY.aliases()), ProofCatalog.find("P36").orElseThrow().aliases());
        assertEquals(List.copyOf(dev.sharebench.core.workload.Handoffs.FACTORY.aliases()), ProofCatalog.find("P37").orElseThrow().aliases());
        for (ProofInfo p : ProofCatalog.ofKind(Kind.JCSTRESS_CHECK)) {
            assertEquals(List.of(Variant.FIXED), p.variants(), p.id());
            assertTrue(p.kind().underJcstress() && p.kind().isCheck(), p.id());
        }
        assertTrue(Kind.JCSTRESS.underJcstress() && !Kind.JCSTRESS.isCheck() && Kind.CHECK.isCheck() && !Kind.CHECK.underJcstress());
    }

    @Test
    void deterministicProofsAndTheReorderingProofAreMarked() {
        assertEquals(List.of("P11", "P12", "P13", "P18", "P19"), ProofCatalog.all().stream().filter(ProofInfo::deterministic).map(ProofInfo::id).toList());
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
