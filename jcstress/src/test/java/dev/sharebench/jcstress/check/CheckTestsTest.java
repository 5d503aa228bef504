package dev.sharebench.jcstress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sharebench.core.contract.Handoff;
import dev.sharebench.core.proof.Kind;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.wait.WaitStrategy;
import dev.sharebench.core.workload.Handoffs;
import dev.sharebench.jcstress.report.CheckRecord;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.infra.results.JJJJ_Result;

/*
 * The jcstress checks outside jcstress: every alias a check runs has its test class, named as
 * JcstressToRecords looks it up, and that class builds the mechanism of exactly that alias (a test
 * named LongAdder that built an atomic-long would make the record cite the wrong alias). One sample
 * of each, its actors on two threads, gives the acceptable outcome; a handoff that drops an item
 * ends as -1 in its slot instead of hanging the consumer.
 */
class CheckTestsTest {

    @Test
    void everyAliasOfAJcstressCheckHasATestThatBuildsThatAlias() throws Exception {
        for (ProofInfo p : ProofCatalog.ofKind(Kind.JCSTRESS_CHECK)) {
            for (String alias : p.aliases()) {
                Object state = newTest(CheckRecord.testName(p, alias));
                String built = switch (state) {
                    case Check_36_Counters.TwoAdds t -> {
                        t.totalThenClose();
                        yield t.alias();
                    }
                    case Check_37_Handoffs.ThreeItems t -> {
                        t.leftOverThenClose(new JJJJ_Result());
                        yield t.alias();
                    }
                    default -> throw new AssertionError(p.id() + ": unexpected test class " + state.getClass());
                };
                assertEquals(alias, built, CheckRecord.testName(p, alias) + " builds another alias");
            }
        }
    }

    @Test
    void oneSampleOfEveryCounterSumsBothAdds() throws Exception {
        for (String alias : ProofCatalog.find("P36").orElseThrow().aliases()) {
            var t = (Check_36_Counters.TwoAdds) newTest(CheckRecord.testName(ProofCatalog.find("P36").orElseThrow(), alias));
            together(() -> t.add(1), () -> t.add(2));
            assertEquals(3, t.totalThenClose(), alias);
        }
    }

    @Test
    void oneSampleOfEveryHandoffDeliversOneTwoThreeAndLeavesNothing() throws Exception {
        for (String alias : ProofCatalog.find("P37").orElseThrow().aliases()) {
            var t = (Check_37_Handoffs.ThreeItems) newTest(CheckRecord.testName(ProofCatalog.find("P37").orElseThrow(), alias));
            assertEquals(List.of(1L, 2L, 3L, -1L), sample(t), alias);
        }
    }

    /* A planted handoff that loses item 2: the consumer gives up once the producer is done, so the sample ends FORBIDDEN. */
    @Test
    void aLostItemEndsAsMinusOneNotAsAHang() throws Exception {
        Handoff real = Handoffs.create("jctools-spsc", Check_37_Handoffs.CAPACITY, WaitStrategy.YIELD);
        Handoff dropsTwo = new Handoff() {
            @Override public String alias() { return "drops-item-2"; }
            @Override public WaitStrategy waitStrategy() { return WaitStrategy.YIELD; }
            @Override public boolean offer(long item) { return item == 2 || real.offer(item); }
            @Override public long poll() { return real.poll(); }
        };
        assertEquals(List.of(1L, 3L, -1L, -1L), sample(new Check_37_Handoffs.ThreeItems(dropsTwo) { }));
    }

    private static List<Long> sample(Check_37_Handoffs.ThreeItems t) throws Exception {
        JJJJ_Result r = new JJJJ_Result();
        together(t::produce, () -> t.consume(r));
        t.leftOverThenClose(r);
        return List.of(r.r1, r.r2, r.r3, r.r4);
    }

    private static Object newTest(String testName) throws Exception {
        int dot = testName.lastIndexOf('.');
        Class<?> c = Class.forName(testName.substring(0, dot) + "$" + testName.substring(dot + 1));
        assertNotNull(c.getAnnotation(JCStressTest.class), testName + " is not a @JCStressTest");
        return c.getConstructor().newInstance();
    }

    /* Runs both on their own threads; a failure in either fails the test (Future.get rethrows it). */
    private static void together(Runnable a, Runnable b) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = two.submit(a);
            Future<?> fb = two.submit(b);
            fa.get(30, TimeUnit.SECONDS);
            fb.get(30, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
    }
}
