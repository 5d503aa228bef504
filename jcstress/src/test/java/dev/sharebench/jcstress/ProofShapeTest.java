package dev.sharebench.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Kind;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.jcstress.report.CheckRecord;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.runners.TestList;

/* The jcstress proofs keep the house shape: nested Broken and Fixed, same outcome ids, bug graded INTERESTING vs FORBIDDEN. */
class ProofShapeTest {

    @Test
    void everyJcstressProofHasBrokenAndFixedWithTheSameOutcomeIdsAndOppositeGrades() throws Exception {
        for (ProofInfo p : ProofCatalog.ofKind(Kind.JCSTRESS)) {
            Map<String, Expect> broken = outcomes(Class.forName(p.testClass() + "$Broken"));
            Map<String, Expect> fixed = outcomes(Class.forName(p.testClass() + "$Fixed"));
            assertEquals(broken.keySet(), fixed.keySet(), p.id() + ": outcome ids differ between Broken and Fixed");
            assertTrue(broken.containsValue(Expect.ACCEPTABLE_INTERESTING), p.id() + ": Broken grades nothing ACCEPTABLE_INTERESTING");
            for (var e : broken.entrySet()) {
                Expect inFixed = fixed.get(e.getKey());
                if (e.getValue() == Expect.ACCEPTABLE_INTERESTING) {
                    assertEquals(Expect.FORBIDDEN, inFixed, p.id() + ": outcome '" + e.getKey() + "' must be FORBIDDEN in Fixed");
                } else {
                    assertEquals(e.getValue(), inFixed, p.id() + ": outcome '" + e.getKey() + "' must be graded alike");
                }
            }
        }
    }

    /* A proof has two tests (Broken, Fixed); a check one per alias it runs (CheckTestsTest: each runs its alias). */
    @Test
    void everySharebenchJcstressTestIsAProofOfTheCatalogAndIsInTheTestList() {
        var ours = TestList.tests().stream().filter(n -> n.startsWith("dev.sharebench.")).sorted().toList();
        long checkTests = ProofCatalog.ofKind(Kind.JCSTRESS_CHECK).stream().mapToLong(p -> p.aliases().size()).sum();
        assertEquals(2 * ProofCatalog.ofKind(Kind.JCSTRESS).size() + checkTests, ours.size(), "tests in META-INF/TestList: " + ours);
        for (ProofInfo p : ProofCatalog.ofKind(Kind.JCSTRESS_CHECK)) {
            for (String alias : p.aliases()) {
                assertTrue(ours.contains(CheckRecord.testName(p, alias)), p.id() + " has no jcstress test for " + alias);
            }
        }
        for (String name : ours) {
            assertTrue(ProofCatalog.forTest(name).isPresent(), name + " is not a proof in ProofCatalog");
            assertTrue(TestList.getInfo(name).threads() <= 2, name + " needs more than 2 CPUs: it would never run on this machine");
        }
    }

    /* id -> grade; a catch-all (no id) is listed as "*". */
    private static Map<String, Expect> outcomes(Class<?> test) {
        assertNotNull(test.getAnnotation(JCStressTest.class), test + " is not a @JCStressTest");
        Outcome[] os = test.getAnnotationsByType(Outcome.class);
        assertFalse(os.length == 0, test + " declares no @Outcome");
        Map<String, Expect> byId = new TreeMap<>();
        for (Outcome o : os) {
            assertTrue(o.desc().endsWith("."), test.getSimpleName() + ": desc must be a full sentence: " + o.desc());
            String id = o.id().length == 0 ? "*" : Arrays.stream(o.id()).collect(Collectors.joining("|"));
            byId.put(id, o.expect());
        }
        return byId;
    }
}
