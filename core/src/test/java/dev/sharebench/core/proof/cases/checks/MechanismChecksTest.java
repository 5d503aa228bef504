package dev.sharebench.core.proof.cases.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Judgement;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Outcome;
import dev.sharebench.core.proof.Proof;
import dev.sharebench.core.proof.RunSubject;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/*
 * The checks P30-P35 can fail: each runs, through the seam that gives it other factories, aliases
 * with one planted fault each (PlantedFaults) and must judge the run "fix failed", naming the faulty
 * alias in its outcome and saying what it saw. Sound aliases next to a faulty one keep a clean record.
 */
@Timeout(120)
class MechanismChecksTest {

    private record Run(Counts counts, Judgement judgement) {
        /* The "<alias>: wrong" outcome: its count and the text that says what was first seen. */
        Outcome wrong(String alias) {
            return counts.outcomes().stream().filter(o -> o.id().equals(alias + ": wrong")).findFirst()
                    .orElseThrow(() -> new AssertionError("no outcome '" + alias + ": wrong' in " + counts.outcomes()));
        }

        void assertFailedFor(String alias, String seen) {
            assertEquals(Verdict.FIX_FAILED, judgement.verdict(), String.valueOf(judgement.reason()));
            assertTrue(judgement.reason().contains("'" + alias + ": wrong'"), judgement.reason());
            Outcome w = wrong(alias);
            assertTrue(w.count() > 0, w.toString());
            assertTrue(w.desc().contains(seen), alias + " should report '" + seen + "': " + w.desc());
        }

        void assertClean(String alias) {
            assertEquals(0, wrong(alias).count(), wrong(alias).desc());
            assertTrue(counts.countOf(alias + ": ok") > 0, alias + " ran no trial");
        }
    }

    private static Run run(Proof check) throws Exception {
        Counts c = check.run(Variant.FIXED, Mode.SANITY);
        return new Run(c, Judgement.of(Variant.FIXED, c.trials(), c.outcomes()));
    }

    @Test
    void p30SeesACounterThatLosesUpdates() throws Exception {
        Run r = run(new Check_30_Counters(PlantedFaults.COUNTERS));
        r.assertFailedFor("lossy-counter", "adds of 1");
        r.assertClean("sound-counter");
        assertEquals(List.of("sound-counter", "lossy-counter"), r.counts().aliases());
    }

    @Test
    void p31SeesAHandoffThatDropsDuplicatesOrReordersAndNeedsNoTimeoutForALostItem() throws Exception {
        long start = System.nanoTime();
        Run r = run(new Check_31_Handoffs(PlantedFaults.HANDOFFS, PlantedFaults.NO_FLOORS));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        r.assertFailedFor(parked("dropping-handoff"), "where 999 was next");
        r.assertFailedFor(parked("duplicating-handoff"), "received 999 where 1000 was next");
        r.assertFailedFor(parked("reordering-handoff"), "received 1000 where 999 was next");
        r.assertClean(parked("sound-handoff"));
        // the drops are also counted as missing after the bounded wait (not by the 60 s hang limit)
        assertTrue(r.wrong(parked("dropping-handoff")).count() > 1, r.wrong(parked("dropping-handoff")).toString());
        assertTrue(seconds < 10, "the check took " + seconds + " s: a lost item must not wait for the hang limit");
    }

    /* The planted handoffs declare one wait, park: the check's subject for each. */
    private static String parked(String alias) {
        return RunSubject.of(alias, "waitStrategy", "park").toString();
    }

    /*
     * The floor in all 8 FloorBench variants, each a subject: a ponger that echoes the request (the
     * floor's old protocol: every round trip completes, so only the answer's value shows it), a ping
     * that answers itself without the ponger (right value, a gap in the ponger's sequence) and a
     * ponger that leaves its previous answer in place (no new answer: a bounded wait) all fail; the
     * sound floor beside them holds in every variant.
     */
    @Test
    void p31SeesAFloorWhoseAnswersAreNotThePongersInEveryVariant() throws Exception {
        Check_31_Handoffs check = new Check_31_Handoffs(PlantedFaults.NO_HANDOFFS, PlantedFaults.FLOORS);
        Run r = run(check);
        List<RunSubject> subjects = check.subjects();
        assertEquals(4 * 8, subjects.size(), subjects.toString());
        for (RunSubject s : subjects) {
            switch (s.alias()) {
                case "sound-floor" -> r.assertClean(s.toString());
                case "echoing-floor" -> r.assertFailedFor(s.toString(), "request 1 answered 1 (a ponger replies 2)");
                case "self-answering-floor" -> r.assertFailedFor(s.toString(), "the ponger saw request 1001 after 999");
                case "stale-floor" -> {
                    if (s.params().get("layout").equals("one-line") && s.params().get("pause").equals("on")) {
                        r.assertFailedFor(s.toString(), "request 1000 got no new answer");
                    } else {
                        r.assertClean(s.toString());
                    }
                }
                default -> throw new AssertionError(s.toString());
            }
        }
        assertEquals(List.of("sound-floor", "echoing-floor", "self-answering-floor", "stale-floor"), r.counts().aliases());
    }

    @Test
    void p32SeesABulkArrayThatTearsOrServesStaleValues() throws Exception {
        Run r = run(new Check_32_ScratchAndArrays(PlantedFaults.NO_SCRATCHES, PlantedFaults.BULK_ARRAYS));
        r.assertFailedFor("tearing-array", "(torn)");
        r.assertFailedFor("stale-array", "(stale)");
    }

    @Test
    void p33SeesAnAnswerThatIsNotThePeersAndAPeerDeathThatIsHidden() throws Exception {
        Run r = run(new Check_33_RoundTrips(PlantedFaults.ROUND_TRIPS));
        r.assertFailedFor("own-argument-echo", "sent 1, answer 1 (the peer replies 2)");
        r.assertFailedFor("dead-peer-hidden", "after its peer was killed, a round trip returned");
        // its answers looked right until its peer died; the witness adds one more: its peer (cat) counts nothing
        assertEquals(2, r.wrong("dead-peer-hidden").count(), r.wrong("dead-peer-hidden").toString());
        // right answers, a peer death noticed: only the peer's own count of answers gives it away
        r.assertFailedFor("local-reply", "its peer answered 5 of the 50 round trips made (peer witness)");
        assertEquals(1, r.wrong("local-reply").count(), r.wrong("local-reply").toString());
    }

    @Test
    void p34SeesCrossProcessDataThatGoesMissingWhileTheMechanismSaysNothing() throws Exception {
        Run r = run(new Check_34_CrossProcessData(PlantedFaults.CROSS_COUNTERS, PlantedFaults.STREAMS, PlantedFaults.NO_SHARED_MAPS));
        r.assertFailedFor("short-cross-counter", "after this process alone added");
        r.assertFailedFor("short-stream", "the child verified 0 of 2000 messages sent (peer witness); finish() said 1999");
        // real children, verifications that lie: the children's own counts give them away
        r.assertFailedFor("lying-cross-counter", "(peer witness)");
        r.assertFailedFor("lying-stream", "the child verified 99 of 2000 messages sent (peer witness); finish() said 2000");
    }

    @Test
    void p35SeesAMapThatLosesAPut() throws Exception {
        Run r = run(new Check_35_Maps(PlantedFaults.MAPS));
        r.assertFailedFor("forgetful-map", "maps to null after both threads joined");
    }
}
