package dev.sharebench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.Mechanism;
import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Outcome;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRecords;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.workload.Mechanisms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/*
 * proof-coverage's exit codes: 0 when every registered alias was run by a record and none failed;
 * 1 with one "error: " line naming the aliases not run or failed; 2 for a folder it cannot read.
 * Aliases are matched exactly: a record of pipe-busy-poll is no record of pipe, and pipe-busy-poll's
 * failure is not pipe's.
 */
class ProofCoverageCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, List<String> errLines) {
    }

    /* core.jar proof-coverage DIR, its output and errors captured. */
    private Result run() {
        CommandLine cl = CoreMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("proof-coverage", dir.toString());
        return new Result(exit, out.toString(), err.toString().lines().toList());
    }

    /* A check record (P30's entry) that ran {@code aliases}; each alias's "wrong" count as given (0 when absent). */
    private void record(List<String> aliases, Map<String, Long> wrong) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (String a : aliases) {
            outcomes.add(new Outcome(a + ": ok", 10, Grade.ACCEPTABLE, "ok"));
            outcomes.add(new Outcome(a + ": wrong", wrong.getOrDefault(a, 0L), Grade.FORBIDDEN, "wrong"));
        }
        ProofRecord r = ProofRecord.judged(ProofCatalog.find("P30").orElseThrow(), Variant.FIXED, "T", 10L * aliases.size(), outcomes,
                aliases, Mode.SANITY, 1);
        ProofRecords.write(dir, r); // P30-fixed.json
    }

    private static List<String> registry() {
        return Mechanisms.all().stream().map(Mechanism::alias).toList();
    }

    @Test
    void everyAliasRunAndHeldIsExitZero() throws Exception {
        record(registry(), Map.of());
        Result r = run();
        assertEquals(0, r.exit(), r.out() + r.errLines());
        assertEquals(List.of(), r.errLines());
        assertTrue(r.out().contains("not run: none; failed: none"), r.out());
    }

    @Test
    void anAliasNoRecordRanIsExitOneNamingIt() throws Exception {
        List<String> allButPipe = registry().stream().filter(a -> !a.equals("pipe")).toList();
        record(allButPipe, Map.of());
        Result r = run();
        assertEquals(1, r.exit(), r.out());
        assertEquals(1, r.errLines().size(), r.errLines().toString());
        assertTrue(r.errLines().getFirst().startsWith("error: proof-coverage ") && r.errLines().getFirst().endsWith("not run by any record: [pipe]"),
                r.errLines().getFirst());
        assertTrue(r.out().contains("| pipe | NOT RUN by any record |"), r.out());
    }

    @Test
    void aFailedAliasIsExitOneNamingItAndOnlyIt() throws Exception {
        record(registry(), Map.of("pipe-busy-poll", 2L));
        Result r = run();
        assertEquals(1, r.exit(), r.out());
        assertEquals(List.of("error: proof-coverage " + dir + ": failed: [pipe-busy-poll]"), r.errLines());
        assertTrue(r.out().contains("| pipe | P30 fixed: fix held |"), "pipe is judged on its own outcomes: " + r.out());
    }

    @Test
    void aFolderWithoutRecordsOrWithABadRecordIsExitTwo() throws Exception {
        Result empty = run();
        assertEquals(2, empty.exit());
        assertEquals(1, empty.errLines().size(), empty.errLines().toString());
        assertTrue(empty.errLines().getFirst().contains("no P*-broken.json or P*-fixed.json records"), empty.errLines().getFirst());
        Files.writeString(dir.resolve("P30-fixed.json"), "{not json");
        Result bad = run();
        assertEquals(2, bad.exit());
        assertTrue(bad.errLines().getFirst().contains("P30-fixed.json: not a proof record"), bad.errLines().getFirst());
    }
}
