package dev.sharebench.core.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * A record is evidence only for the aliases it ran: the runner refuses a Fixed record that skipped
 * an alias the catalogue says it runs, and proof-coverage reports each alias by the records that ran
 * it, "fix failed" where the alias's own forbidden outcome showed up (AliasVerdict's rule).
 */
class ProofCoverageTest {

    @TempDir
    Path dir;

    private static final ProofInfo P14 = ProofCatalog.find("P14").orElseThrow();

    /* A stand-in for P14 that runs only the aliases given. */
    private static Proof running(List<String> aliases, long lostOfFileLock) {
        return new Proof() {
            public ProofInfo info() {
                return P14;
            }

            public Counts run(Variant v, Mode m) {
                Counts c = new Counts();
                for (String a : aliases) {
                    c.declare(a + ": landed", Grade.ACCEPTABLE, "ok").declare(a + ": lost", Grade.FORBIDDEN, "lost");
                    c.ran(a);
                    c.add(a + ": landed", 10);
                    c.add(a + ": lost", a.equals("file-lock") ? lostOfFileLock : 0);
                }
                return c;
            }
        };
    }

    @Test
    void aFixedRecordThatSkippedADeclaredAliasIsAnError() {
        ProofRunner runner = new ProofRunner(dir, Mode.SANITY, new PrintStream(new ByteArrayOutputStream()));
        ProofRecord skipped = runner.runOne(running(List.of("mmap", "mmap-lock"), 0), Variant.FIXED);
        assertEquals(Verdict.ERROR, skipped.verdict());
        assertTrue(skipped.reason().contains("[file-lock]"), skipped.reason());
        ProofRecord all = runner.runOne(running(List.of("mmap", "mmap-lock", "file-lock"), 0), Variant.FIXED);
        assertEquals(Verdict.FIX_HELD, all.verdict());
        assertEquals(List.of("mmap", "mmap-lock", "file-lock"), all.aliases());
    }

    @Test
    void coverageListsEachAliasWithTheRecordsThatRanItAndItsOwnOutcome() {
        ProofRunner runner = new ProofRunner(dir, Mode.SANITY, new PrintStream(new ByteArrayOutputStream()));
        ProofRecord r = runner.runOne(running(List.of("mmap", "mmap-lock", "file-lock"), 2), Variant.FIXED);
        ProofCoverage c = ProofCoverage.of(List.of(r), List.of("mmap", "file-lock", "pipe"));
        assertEquals(Verdict.FIX_FAILED, r.verdict());
        assertEquals(List.of("P14 fixed: fix held"), c.aliases().get(0).ranBy(), "mmap is judged on its own outcomes");
        assertEquals(List.of("P14 fixed: fix failed"), c.aliases().get(1).ranBy(), "file-lock lost updates of its own");
        assertEquals(List.of("pipe"), c.uncovered());
        assertTrue(c.markdown().contains("| pipe | NOT RUN by any record |"), c.markdown());
        assertEquals(List.of("file-lock"), c.failed());
    }

    /* An alias run in several setups is listed once per setup, each judged on its own outcomes. */
    @Test
    void anAliasRunInSeveralSetupsIsListedPerSetup() {
        RunSubject spin = RunSubject.of("disruptor", "waitStrategy", "spin");
        RunSubject park = RunSubject.of("disruptor", "waitStrategy", "park");
        List<Outcome> outcomes = List.of(new Outcome(spin.outcome("ok"), 10, Grade.ACCEPTABLE, "ok"),
                new Outcome(spin.outcome("wrong"), 0, Grade.FORBIDDEN, "wrong"),
                new Outcome(park.outcome("ok"), 9, Grade.ACCEPTABLE, "ok"), new Outcome(park.outcome("wrong"), 1, Grade.FORBIDDEN, "wrong"));
        ProofRecord r = ProofRecord.judged(ProofCatalog.find("P31").orElseThrow(), Variant.FIXED, "t", 20, outcomes, List.of("disruptor"),
                Mode.SANITY, 1);
        ProofCoverage c = ProofCoverage.of(List.of(r), List.of("disruptor"));
        assertEquals(List.of("P31 fixed [waitStrategy=spin]: fix held", "P31 fixed [waitStrategy=park]: fix failed"),
                c.aliases().getFirst().ranBy());
        assertEquals(List.of("disruptor"), c.failed());
    }
}
