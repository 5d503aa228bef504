package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest {

    private static List<Outcome> outcomes(long ok, long bug, Grade bugGrade) {
        return List.of(new Outcome("2", ok, Grade.ACCEPTABLE, "Both landed."), new Outcome("1", bug, bugGrade, "Lost update."));
    }

    @Test
    void brokenIsReproducedIffAnInterestingOutcomeWasSeen() {
        Judgement j = Judgement.of(Variant.BROKEN, 100, outcomes(90, 10, Grade.ACCEPTABLE_INTERESTING));
        assertEquals(Verdict.REPRODUCED, j.verdict());
        assertNull(j.reason());
    }

    @Test
    void brokenWithoutInterestingOutcomeIsNotReproducedWithAReason() {
        Judgement generic = Judgement.of(Variant.BROKEN, 100, outcomes(100, 0, Grade.ACCEPTABLE_INTERESTING));
        assertEquals(Verdict.NOT_REPRODUCED, generic.verdict());
        assertTrue(generic.reason().contains("100 trials"), generic.reason());
        Judgement specific = Judgement.of(Variant.BROKEN, 100, outcomes(100, 0, Grade.ACCEPTABLE_INTERESTING), "x86 is TSO.");
        assertEquals("x86 is TSO.", specific.reason());
    }

    @Test
    void fixedHoldsIffEveryForbiddenCountIsZero() {
        assertEquals(Verdict.FIX_HELD, Judgement.of(Variant.FIXED, 100, outcomes(100, 0, Grade.FORBIDDEN)).verdict());
        Judgement failed = Judgement.of(Variant.FIXED, 100, outcomes(99, 1, Grade.FORBIDDEN));
        assertEquals(Verdict.FIX_FAILED, failed.verdict());
        assertTrue(failed.reason().contains("'1' x1"), failed.reason());
    }

    @Test
    void aForbiddenOutcomeInABrokenVariantDoesNotDecideItsVerdict() {
        List<Outcome> os = List.of(new Outcome("ok", 5, Grade.ACCEPTABLE, "fine"), new Outcome("crash", 1, Grade.FORBIDDEN, "never"));
        assertEquals(Verdict.NOT_REPRODUCED, Judgement.of(Variant.BROKEN, 6, os).verdict());
    }

    @Test
    void noTrialsOrAnUnlistedOutcomeIsAnError() {
        Judgement none = Judgement.of(Variant.FIXED, 0, outcomes(0, 0, Grade.FORBIDDEN));
        assertEquals(Verdict.ERROR, none.verdict());
        assertNotNull(none.reason());
        List<Outcome> unknown = List.of(new Outcome("2", 5, Grade.ACCEPTABLE, "fine"), new Outcome("7", 1, Grade.UNKNOWN, "?"));
        assertEquals(Verdict.ERROR, Judgement.of(Variant.FIXED, 6, unknown).verdict());
        assertEquals(Verdict.ERROR, Judgement.of(Variant.BROKEN, 6, unknown).verdict());
    }

    @Test
    void onlyFixFailedAndErrorFailARun() {
        assertTrue(Verdict.FIX_FAILED.failsRun());
        assertTrue(Verdict.ERROR.failsRun());
        assertTrue(!Verdict.REPRODUCED.failsRun() && !Verdict.NOT_REPRODUCED.failsRun() && !Verdict.FIX_HELD.failsRun());
    }
}
