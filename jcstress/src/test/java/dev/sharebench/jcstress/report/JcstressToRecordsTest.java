package dev.sharebench.jcstress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Outcome;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofCoverage;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRecords;
import dev.sharebench.core.proof.Verdict;
import dev.sharebench.core.workload.Counters;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The fixtures are real jcstress 0.16 results files, run on this machine (x86_64, Temurin 25.0.3,
 * 2 vCPUs KVM): P01-P09 with -m sanity -time 100 (recorded before P20 existed), and P20 alone as
 * `./scripts/proofs.sh --mode quick --only P20` ran it (-m quick -iters 1 -time 200), and all ten
 * proofs as `./scripts/proofs.sh --mode sanity` runs them since 2026-12-02 (-Xint, one fork a test).
 */
class JcstressToRecordsTest {

    static final String FIXTURE = "/jcstress-sanity/jcstress-results-2026-11-22-01-31-38.bin.gz";
    static final String FIXTURE_P01_TO_P09 = "P01,P02,P03,P04,P05,P06,P07,P08,P09";
    static final String FIXTURE_P20 = "/jcstress-quick-p20/jcstress-results-2026-12-01-22-53-01.bin.gz";
    static final String FIXTURE_XINT = "/jcstress-sanity-xint/jcstress-results-2026-12-02-03-10-22.bin.gz";
    /* P36 and P37 as `proofs.sh --mode quick --only P36,P37` ran them (-m quick -iters 1, C2-only with the randomizers). */
    static final String FIXTURE_CHECKS = "/jcstress-quick-p36-p37/jcstress-results-2026-12-02-06-03-51.bin.gz";
    /* P36 the same way, with atomic-long's add planted as a racy total.set(total.get() + delta). */
    static final String FIXTURE_PLANTED = "/jcstress-quick-p36-planted/jcstress-results-2026-12-02-06-05-04.bin.gz";

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Path jcstressRunFolder() throws IOException {
        return jcstressRunFolder(FIXTURE);
    }

    private Path jcstressRunFolder(String fixture) throws IOException {
        Path run = Files.createDirectories(dir.resolve("run-" + fixture.substring(1, fixture.indexOf('/', 1))));
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            Files.copy(in, run.resolve(fixture.substring(fixture.lastIndexOf('/') + 1)));
        }
        return run;
    }

    private static Run convert(String... args) {
        var cl = JcstressToRecords.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    private ProofRecord record(String file) throws IOException {
        return ProofRecords.read(dir.resolve("out").resolve(file));
    }

    @Test
    void convertsEveryProofWithCountsAndVerdicts() throws Exception {
        Run r = convert("--results", jcstressRunFolder().toString(), "--out", dir.resolve("out").toString(), "--mode", "sanity",
                "--only", FIXTURE_P01_TO_P09);
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(18, files.count());
        }
        ProofRecord p01 = record("P01-broken.json");
        assertEquals(Verdict.REPRODUCED, p01.verdict());
        assertEquals("dev.sharebench.jcstress.lock.Lock_01_LostUpdate.Broken", p01.test());
        assertEquals(11288, p01.trials());
        Outcome lost = p01.outcomes().stream().filter(o -> o.id().equals("1")).findFirst().orElseThrow();
        assertEquals(340, lost.count());
        assertEquals(Grade.ACCEPTABLE_INTERESTING, lost.grade());
        assertEquals(p01.trials(), p01.outcomes().stream().mapToLong(Outcome::count).sum());

        ProofRecord p04 = record("P04-broken.json");
        assertEquals(Verdict.NOT_REPRODUCED, p04.verdict());
        assertTrue(p04.reason().contains("TSO"), p04.reason());

        ProofRecord p08 = record("P08-broken.json");
        assertTrue(p08.outcomes().stream().anyMatch(o -> o.grade() == Grade.ACCEPTABLE_INTERESTING && o.count() > 0), "torn reads counted");

        for (int n = 1; n <= 9; n++) {
            ProofRecord fixed = record(String.format("P%02d-fixed.json", n));
            assertEquals(Verdict.FIX_HELD, fixed.verdict(), fixed.id());
        }
        // a declared outcome that never showed up is still listed, with count 0
        Outcome forbidden = record("P01-fixed.json").outcomes().stream().filter(o -> o.id().equals("1")).findFirst().orElseThrow();
        assertEquals(0, forbidden.count());
        assertEquals(Grade.FORBIDDEN, forbidden.grade());
    }

    /* Sanity runs jcstress in the interpreter: a silent Broken variant's record says so; a reproduced one needs no note. */
    @Test
    void aBrokenVariantSilentInTheInterpreterSaysWhy() throws Exception {
        Run r = convert("--results", jcstressRunFolder(FIXTURE_XINT).toString(), "--out", dir.resolve("out").toString(), "--mode", "sanity",
                "--only", FIXTURE_P01_TO_P09 + ",P20");
        assertEquals(0, r.exit(), r.err());
        ProofRecord p05 = record("P05-broken.json");
        assertEquals(Verdict.NOT_REPRODUCED, p05.verdict());
        assertTrue(p05.reason().endsWith(JcstressToRecords.INTERPRETER_ONLY), p05.reason());
        ProofRecord p01 = record("P01-broken.json");
        assertEquals(Verdict.REPRODUCED, p01.verdict());
        assertNull(p01.reason());
    }

    /* Three numbers per outcome and a catch-all: every declared outcome is a row, the catch-all "(other)". */
    @Test
    void convertsTheHashMapProofWithItsThreeColumnsAndCatchAll() throws Exception {
        Run r = convert("--results", jcstressRunFolder(FIXTURE_P20).toString(), "--out", dir.resolve("out").toString(), "--mode", "quick",
                "--only", "P20");
        assertEquals(0, r.exit(), r.err());
        ProofRecord broken = record("P20-broken.json");
        assertEquals(Verdict.REPRODUCED, broken.verdict());
        assertEquals(4_486_000, broken.trials());
        assertEquals(Map.of("1, 1, 0", 10_965L, "1, 2, 0", 14_395L, "2, 1, 0", 4_004L, "2, 2, 0", 4_456_636L, "(other)", 0L),
                broken.outcomes().stream().collect(Collectors.toMap(Outcome::id, Outcome::count)));
        ProofRecord fixed = record("P20-fixed.json");
        assertEquals(Verdict.FIX_HELD, fixed.verdict());
        assertEquals(5_273_478, fixed.trials());
        assertTrue(fixed.outcomes().stream().filter(o -> o.grade() == Grade.FORBIDDEN).allMatch(o -> o.count() == 0), fixed.outcomes().toString());
    }

    /* A check is one record: the aliases whose test ran, each alias's outcomes prefixed with its name. */
    @Test
    void convertsEachJcstressCheckIntoOneRecordWithAnOutcomePerAlias() throws Exception {
        Run r = convert("--results", jcstressRunFolder(FIXTURE_CHECKS).toString(), "--out", dir.resolve("out").toString(), "--mode", "quick",
                "--only", "P36,P37");
        assertEquals(0, r.exit(), r.err());
        for (String id : List.of("P36", "P37")) {
            ProofRecord check = record(id + "-fixed.json");
            assertEquals(Verdict.FIX_HELD, check.verdict(), id);
            assertEquals(ProofCatalog.find(id).orElseThrow().aliases(), check.aliases(), id + " lists every alias it ran");
            String ok = id.equals("P36") ? ": 3" : ": 1, 2, 3, -1";
            for (String alias : check.aliases()) {
                Outcome acceptable = check.outcomes().stream().filter(o -> o.id().equals(alias + ok)).findFirst().orElseThrow();
                assertTrue(acceptable.count() > 0 && acceptable.grade() == Grade.ACCEPTABLE, acceptable.toString());
            }
            assertEquals(check.trials(), check.outcomes().stream().mapToLong(Outcome::count).sum());
            assertTrue(Files.notExists(dir.resolve("out").resolve(id + "-broken.json")), "a check has no Broken variant");
        }
        assertEquals(12_024_517, record("P36-fixed.json").trials(), "jcstress's samples, summed over the aliases' tests");
    }

    /* The planted racy atomic-long: jcstress saw lost updates, the record fails, and only atomic-long fails in the coverage. */
    @Test
    void aPlantedRacyCounterFailsTheCheckAndOnlyItsAlias() throws Exception {
        Run r = convert("--results", jcstressRunFolder(FIXTURE_PLANTED).toString(), "--out", dir.resolve("out").toString(), "--mode", "quick",
                "--only", "P36");
        assertEquals(1, r.exit());
        ProofRecord p36 = record("P36-fixed.json");
        assertEquals(Verdict.FIX_FAILED, p36.verdict());
        assertEquals(426_721, p36.outcomes().stream().filter(o -> o.id().equals("atomic-long: 1") || o.id().equals("atomic-long: 2"))
                .mapToLong(Outcome::count).sum());
        ProofCoverage coverage = ProofCoverage.of(List.of(p36), Counters.FACTORY.aliases());
        assertEquals(List.of("atomic-long"), coverage.failed());
        assertEquals(List.of(), coverage.uncovered());
    }

    /* A check's alias with no jcstress result is not run: the whole record is an error and cites no alias. */
    @Test
    void aCheckMissingAnAliasIsAnErrorThatCitesNoAlias() throws Exception {
        Run r = convert("--results", jcstressRunFolder().toString(), "--out", dir.resolve("out").toString(), "--only", "P37");
        assertEquals(1, r.exit());
        ProofRecord p37 = record("P37-fixed.json");
        assertEquals(Verdict.ERROR, p37.verdict());
        assertTrue(p37.reason().contains("runs [array-blocking-queue,"), p37.reason());
        assertEquals(List.of(), p37.aliases());
    }

    @Test
    void noMatchingTestsIsAFailureNotASilentPass() throws Exception {
        Path console = Files.writeString(dir.resolve("jcstress.log"), "...\nFATAL: No matching tests.\n");
        Run r = convert("--results", jcstressRunFolder().toString(), "--console", console.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.exit());
        ProofRecord p01 = record("P01-fixed.json");
        assertEquals(Verdict.ERROR, p01.verdict());
        assertTrue(p01.reason().contains("No matching tests"), p01.reason());
    }

    @Test
    void missingResultsAreErrorsForEveryExpectedProof() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = convert("--results", empty.toString(), "--out", dir.resolve("out").toString(), "--only", "P02,P05");
        assertEquals(1, r.exit());
        assertEquals(Verdict.ERROR, record("P02-broken.json").verdict());
        assertTrue(record("P05-fixed.json").reason().contains("no jcstress-results"), record("P05-fixed.json").reason());
    }

    @Test
    void aProofMissingFromTheResultsIsAnError() throws Exception {
        Path run = jcstressRunFolder();
        assertEquals(0, convert("--results", run.toString(), "--out", dir.resolve("out").toString(), "--only", "P03").exit());
        ProofRecord error = JcstressToRecords.toRecord(dev.sharebench.core.proof.ProofCatalog.find("P03").orElseThrow(),
                dev.sharebench.core.proof.Variant.FIXED, "x", null, 0, dev.sharebench.core.proof.Mode.QUICK);
        assertEquals(Verdict.ERROR, error.verdict());
        assertTrue(error.reason().contains("no result"), error.reason());
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        Run notJcstress = convert("--results", jcstressRunFolder().toString(), "--out", dir.resolve("out").toString(), "--only", "P10");
        assertEquals(2, notJcstress.exit());
        assertTrue(notJcstress.err().contains("--only: P10 is a deterministic proof"), notJcstress.err());
        Run badMode = convert("--results", dir.toString(), "--out", dir.resolve("out").toString(), "--mode", "slow");
        assertEquals(2, badMode.exit());
        assertTrue(badMode.err().contains("--mode"), badMode.err());
    }

    @Test
    void theDeserializationFilterRejectsClassesOutsideTheAllowlist() throws Exception {
        Path evil = dir.resolve("jcstress-results-evil.bin.gz");
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(evil)))) {
            out.writeObject(new File("/etc/passwd"));
        }
        IOException e = assertThrows(IOException.class, () -> JcstressResultsFile.read(evil));
        assertTrue(String.valueOf(e.getMessage()).contains("REJECTED") || e instanceof java.io.InvalidClassException, e.toString());
    }
}
