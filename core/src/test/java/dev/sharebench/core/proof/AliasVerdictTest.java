package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * The one rule that judges an alias inside a record (proof-coverage and, through the record's
 * "aliasVerdicts", the report's proof column both use it): an alias counted on its own is judged on
 * its own outcomes by Judgement's rules for a whole record, per setup; otherwise the record's
 * verdict speaks for it.
 */
class AliasVerdictTest {

    private static Outcome o(String id, long count, Grade grade) {
        return new Outcome(id, count, grade, "d");
    }

    @Test
    void aFixedRecordJudgesEachAliasOnItsOwnForbiddenOutcomes() {
        List<Outcome> os = List.of(o("mmap: landed", 10, Grade.ACCEPTABLE), o("mmap: lost", 0, Grade.FORBIDDEN),
                o("file-lock: landed", 8, Grade.ACCEPTABLE), o("file-lock: lost", 2, Grade.FORBIDDEN));
        assertEquals(List.of(new AliasVerdict("mmap", Map.of(), Verdict.FIX_HELD), new AliasVerdict("file-lock", Map.of(), Verdict.FIX_FAILED)),
                AliasVerdict.of(Variant.FIXED, Verdict.FIX_FAILED, os, List.of("mmap", "file-lock")));
    }

    /*
     * The rule the two former judges (core's coverage and the report) disagreed on: a Broken record in
     * which the alias's own FORBIDDEN outcome showed up. As for a whole record (JudgementTest,
     * aForbiddenOutcomeInABrokenVariantDoesNotDecideItsVerdict), the Broken verdict is decided by its
     * interesting outcomes: reproduced when one was seen, else not reproduced.
     */
    @Test
    void aBrokenRecordIsJudgedByTheAliasesInterestingOutcomesAsAWholeRecordIs() {
        List<Outcome> reproducedAndForbidden = List.of(o("pipe: change lost", 3, Grade.ACCEPTABLE_INTERESTING), o("pipe: crashed", 1, Grade.FORBIDDEN));
        List<Outcome> forbiddenOnly = List.of(o("pipe: change lost", 0, Grade.ACCEPTABLE_INTERESTING), o("pipe: crashed", 1, Grade.FORBIDDEN));
        assertEquals(Verdict.REPRODUCED, AliasVerdict.of(Variant.BROKEN, Verdict.REPRODUCED, reproducedAndForbidden, List.of("pipe")).getFirst().verdict());
        assertEquals(Verdict.NOT_REPRODUCED, AliasVerdict.of(Variant.BROKEN, Verdict.NOT_REPRODUCED, forbiddenOnly, List.of("pipe")).getFirst().verdict());
        assertEquals(Judgement.of(Variant.BROKEN, 1, forbiddenOnly).verdict(),
                AliasVerdict.of(Variant.BROKEN, Verdict.NOT_REPRODUCED, forbiddenOnly, List.of("pipe")).getFirst().verdict(), "the same rule as a record's");
    }

    @Test
    void eachSetupOfAnAliasIsJudgedOnItsOwn() {
        RunSubject spin = RunSubject.of("disruptor", "waitStrategy", "spin");
        RunSubject park = RunSubject.of("disruptor", "waitStrategy", "park");
        List<Outcome> os = List.of(o(spin.outcome("ok"), 5, Grade.ACCEPTABLE), o(spin.outcome("wrong"), 0, Grade.FORBIDDEN),
                o(park.outcome("ok"), 5, Grade.ACCEPTABLE), o(park.outcome("wrong"), 1, Grade.FORBIDDEN));
        assertEquals(List.of(new AliasVerdict("disruptor", Map.of("waitStrategy", "spin"), Verdict.FIX_HELD),
                        new AliasVerdict("disruptor", Map.of("waitStrategy", "park"), Verdict.FIX_FAILED)),
                AliasVerdict.of(Variant.FIXED, Verdict.FIX_FAILED, os, List.of("disruptor")));
    }

    @Test
    void withoutOutcomesOfItsOwnOrInAnErrorTheRecordsVerdictSpeaksForTheAlias() {
        List<Outcome> anonymous = List.of(o("1", 3, Grade.FORBIDDEN), o("2", 7, Grade.ACCEPTABLE));
        assertEquals(List.of(new AliasVerdict("atomic-long", Map.of(), Verdict.FIX_FAILED)),
                AliasVerdict.of(Variant.FIXED, Verdict.FIX_FAILED, anonymous, List.of("atomic-long")));
        List<Outcome> own = List.of(o("pipe: ok", 3, Grade.ACCEPTABLE));
        assertEquals(Verdict.ERROR, AliasVerdict.of(Variant.FIXED, Verdict.ERROR, own, List.of("pipe")).getFirst().verdict());
        assertTrue(AliasVerdict.of(Variant.FIXED, Verdict.FIX_HELD, own, List.of()).isEmpty(), "only aliases the record ran");
    }

    @Test
    void anAliasThatRanNoTrialOfItsOwnIsAnErrorNotAHeldFix() {
        List<Outcome> os = List.of(o("pipe: ok", 0, Grade.ACCEPTABLE), o("pipe: wrong", 0, Grade.FORBIDDEN), o("tcp: ok", 5, Grade.ACCEPTABLE));
        assertEquals(Verdict.ERROR, AliasVerdict.of(Variant.FIXED, Verdict.FIX_HELD, os, List.of("pipe", "tcp")).getFirst().verdict());
    }

    @Test
    void subjectsAreParsedFromOutcomeIdsExactly() {
        assertEquals(RunSubject.of("cache-line-pingpong", "layout", "one-line", "pause", "on"),
                RunSubject.ofOutcome("cache-line-pingpong [layout=one-line, pause=on]: ok").orElseThrow());
        assertEquals(RunSubject.of("pipe"), RunSubject.ofOutcome("pipe: wrong").orElseThrow());
        assertTrue(RunSubject.ofOutcome("1").isEmpty());
        assertTrue(RunSubject.ofOutcome("the child: lost").isEmpty(), "a phrase, not an alias");
        assertEquals("disruptor [waitStrategy=spin]: ok", RunSubject.of("disruptor", "waitStrategy", "spin").outcome("ok"));
    }
}
