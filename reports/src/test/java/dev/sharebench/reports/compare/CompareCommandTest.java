package dev.sharebench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.reports.testing.CommandRunner;
import dev.sharebench.reports.testing.SyntheticResults;
import dev.sharebench.reports.testing.TempDirs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/* Run agreement: tie-aware Spearman against SciPy 1.17.1 values, and the command on two runs. */
class CompareCommandTest {

    @TempDir(factory = TempDirs.class)
    Path dir;

    @Test
    void spearmanMatchesScipyWithAndWithoutTies() {
        var a = RankAgreement.midranks(List.of("w", "x", "y", "z"), List.of("1", "2", "3", "4"));
        var b = RankAgreement.midranks(List.of("w", "y", "x", "z"), List.of("1", "2", "3", "4"));
        assertEquals(0.8, RankAgreement.spearman(a, b), 1e-12); // scipy.stats.spearmanr([1,2,3,4],[1,3,2,4])
        var tied = RankAgreement.midranks(List.of("w", "x", "y", "z"), List.of("1", "1=", "3", "4"));
        assertEquals(Map.of("w", 1.5, "x", 1.5, "y", 3.0, "z", 4.0), tied);
        assertEquals(0.9486832980505138, RankAgreement.spearman(tied, a), 1e-12); // spearmanr([1.5,1.5,3,4],[1,2,3,4])
        var allTied = RankAgreement.midranks(List.of("w", "x"), List.of("1", "1="));
        assertTrue(Double.isNaN(RankAgreement.spearman(allTied, a)), "no order in one run: undefined, never a fake agreement");
    }

    /* Issue 10's reading: a tie counts as agreement; only pairs both runs order, oppositely, lower rho. */
    @Test
    void aTieCountsAsAgreementOnlyOppositeOrdersLowerRho() {
        var a = RankAgreement.midranks(List.of("w", "x", "y", "z"), List.of("1", "2", "3", "4"));
        var swapped = RankAgreement.midranks(List.of("x", "w", "y", "z"), List.of("1", "2", "3", "4"));
        var tied = RankAgreement.midranks(List.of("w", "x", "y", "z"), List.of("1", "1=", "3", "4"));
        assertEquals(1.0, RankAgreement.tiesAgree(tied, swapped), 1e-12, "w and x tied in one run, ordered in the other");
        assertEquals(1.0, RankAgreement.tiesAgree(swapped, tied), 1e-12);
        assertTrue(RankAgreement.spearman(tied, swapped) < 0.95, "the shared-rank reading is stricter");
        var b = RankAgreement.midranks(List.of("w", "y", "x", "z"), List.of("1", "2", "3", "4"));
        assertEquals(0.8, RankAgreement.tiesAgree(a, b), 1e-12, "no ties: plain Spearman");
        var reversedTies = RankAgreement.midranks(List.of("z", "y", "x", "w"), List.of("1", "1=", "3", "4"));
        assertEquals(-0.8, RankAgreement.tiesAgree(a, reversedTies), 1e-12, "separated pairs in opposite order still count against");
        var allTied = RankAgreement.midranks(List.of("w", "x", "y", "z"), List.of("1", "1=", "1=", "1="));
        assertTrue(Double.isNaN(RankAgreement.tiesAgree(allTied, a)), "a run without order agrees with nothing");
    }

    @Test
    void aRunComparedWithItselfAgreesPerfectly() throws Exception {
        new SyntheticResults().writeAll(dir.resolve("a"));
        new SyntheticResults().writeAll(dir.resolve("b"));
        CommandRunner r = CommandRunner.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--min-rho", "0.9");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| CounterBench |"), r.out());
        assertTrue(r.out().contains("1.00\u00d7"), "B/A of identical runs is 1: " + r.out());
        assertTrue(r.out().contains("ordered by both runs, lowest rho"), "the summary line says how many workloads were ordered: " + r.out());
    }

    @Test
    void badInputIsExitTwo() {
        CommandRunner r = CommandRunner.run("compare", dir.resolve("missing-a").toString(), dir.resolve("missing-b").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing-a"), r.err());
    }
}
