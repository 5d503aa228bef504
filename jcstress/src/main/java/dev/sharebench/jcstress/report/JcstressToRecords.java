package dev.sharebench.jcstress.report;

import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.ProofCatalog;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.ProofRecords;
import dev.sharebench.core.proof.Variant;
import dev.sharebench.core.proof.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Converts a jcstress run into proof records ({@code P01-broken.json}, ...), one per proof variant;
 * a check (P36, P37: one jcstress test per alias) into its one Fixed record ({@link CheckRecord}).
 *
 * <p>Every jcstress proof that was asked for must have a result: a proof jcstress did not run is an
 * {@code error} record, never a silent pass. jcstress prints "FATAL: No matching tests." and exits
 * 0 when its -t filter matches nothing (or every test needs more CPUs than the machine has); given
 * the console log, this turns that into errors too. Exit: 0 every Fixed held and nothing errored,
 * 1 otherwise, 2 bad usage.
 *
 * <p>Run (from the folder jcstress ran in):
 * {@code java -cp jcstress/target/jcstress.jar dev.sharebench.jcstress.report.JcstressToRecords
 * --results . --console jcstress.log --out results/<run>/proofs --mode quick}
 */
@Command(name = "jcstress-to-records", mixinStandardHelpOptions = true,
        description = "Convert jcstress results (jcstress-results-*.bin.gz) into sharebench proof records.")
public final class JcstressToRecords implements Callable<Integer> {

    static final String NO_MATCHING_TESTS = "FATAL: No matching tests.";
    /* Why a Broken variant stayed silent when every fork of it ran with -Xint (proofs.sh's sanity mode). */
    static final String INTERPRETER_ONLY = "Every fork of this test ran in the interpreter (-Xint, the sanity mode's pipeline check): "
            + "a bug that needs the JIT (a hoisted read, a reordering) cannot show there.";

    @Option(names = "--results", required = true, paramLabel = "FILE|DIR",
            description = "jcstress-results-*.bin.gz, or the folder jcstress ran in (the newest such file is used).")
    Path results;
    @Option(names = "--console", paramLabel = "FILE", description = "jcstress's console output; checked for '" + NO_MATCHING_TESTS + "'.")
    Path console;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the records (created if missing).")
    Path out;
    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "quick", description = "sanity, quick or full: the jcstress -m preset that ran.")
    String mode;
    @Option(names = "--only", paramLabel = "IDS", description = "Comma-separated proof ids that were run (default: every jcstress proof "
            + "the mode runs; the jcstress checks P36-P37 in full only).")
    String only;

    @Override
    public Integer call() throws IOException {
        Mode runMode = Mode.parse("--mode", mode);
        List<ProofInfo> expected = expectedProofs(runMode);
        Optional<String> fatal = consoleProblem();
        Map<String, TestResult> byName = new HashMap<>();
        Map<String, Long> stressMs = new HashMap<>();
        Map<String, Boolean> interpreterOnly = new HashMap<>();
        String readProblem = null;
        if (fatal.isEmpty()) {
            try {
                List<TestResult> raw = JcstressResultsFile.read(JcstressResultsFile.locate(results));
                for (TestResult r : raw) {
                    stressMs.merge(r.getName(), (long) r.getConfig().time * r.getConfig().iters, Long::sum);
                    interpreterOnly.merge(r.getName(), r.getConfig().jvmArgs.contains("-Xint"), Boolean::logicalAnd);
                }
                for (TestResult r : ReportUtils.mergedByName(raw)) {
                    byName.put(r.getName(), r);
                }
            } catch (IllegalArgumentException | IOException e) {
                readProblem = "The jcstress results could not be read: " + e.getMessage();
            }
        }
        List<ProofRecord> records = new ArrayList<>();
        String problem = fatal.orElse(readProblem);
        for (ProofInfo p : expected) {
            for (Variant v : p.variants()) {
                String test = p.kind().isCheck() ? p.testClass() : p.testClass() + "." + (v == Variant.BROKEN ? "Broken" : "Fixed");
                ProofRecord rec = problem != null ? ProofRecord.error(p, v, test, problem, runMode, 0)
                        : p.kind().isCheck() ? CheckRecord.of(p, byName, stressMs, runMode)
                        : toRecord(p, v, test, byName.get(test), stressMs.getOrDefault(test, 0L), runMode);
                if (rec.verdict() == Verdict.NOT_REPRODUCED && interpreterOnly.getOrDefault(test, false)) {
                    rec = rec.withNote(INTERPRETER_ONLY);
                }
                ProofRecords.write(out, rec);
                records.add(rec);
                System.out.println(ProofRecords.summary(rec));
            }
        }
        byName.keySet().stream().filter(n -> ProofCatalog.forTest(n).isEmpty())
                .forEach(n -> System.err.println("jcstress-to-records: ignoring " + n + ": not a proof in the catalog"));
        return records.stream().anyMatch(r -> r.verdict().failsRun()) ? 1 : 0;
    }

    static ProofRecord toRecord(ProofInfo p, Variant v, String test, TestResult r, long durationMs, Mode mode) {
        if (r == null) {
            return ProofRecord.error(p, v, test, "jcstress wrote no result for this test: it was filtered out by -t, "
                    + "or needs more CPUs than this machine has.", mode, 0);
        }
        if (r.status() != Status.NORMAL) {
            String first = r.getMessages().isEmpty() ? "no message" : r.getMessages().getFirst();
            return ProofRecord.error(p, v, test, "jcstress status " + r.status() + ": " + first, mode, durationMs);
        }
        // The jcstress proofs are standalone idioms: they run the aliases the catalogue says (none so far;
        // the checks, which run registered aliases, are CheckRecord's).
        return ProofRecord.judged(p, v, test, r.getTotalCount(), JcstressOutcomes.of(r), p.aliases(), mode, durationMs);
    }

    private List<ProofInfo> expectedProofs(Mode runMode) {
        if (only == null) {
            return ProofCatalog.all().stream().filter(p -> p.kind().underJcstress() && p.runsByDefaultIn(runMode)).toList();
        }
        List<ProofInfo> ps = ProofCatalog.parseIds("--only", only);
        ps.stream().filter(p -> !p.kind().underJcstress()).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException("--only: " + p.id() + " is a " + p.kind().id() + " proof, not a jcstress one");
        });
        return ps;
    }

    private Optional<String> consoleProblem() throws IOException {
        if (console == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(console)) {
            throw new IllegalArgumentException("--console: no such file " + console);
        }
        String text = Files.readString(console);
        if (text.contains(NO_MATCHING_TESTS)) {
            return Optional.of("jcstress printed '" + NO_MATCHING_TESTS + "' (its -t filter matched nothing, or the tests need more CPUs); it exits 0 but ran nothing.");
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JcstressToRecords());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("jcstress-to-records: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }
}
