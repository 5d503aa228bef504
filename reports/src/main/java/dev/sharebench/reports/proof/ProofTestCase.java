package dev.sharebench.reports.proof;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One proof variant read as a test case, the way CI shows a unit test:
 * <ul>
 * <li>Fixed variant: passes when the fix held; a forbidden outcome ("fix failed") is a failure.</li>
 * <li>Broken variant: passes when the bug reproduced; "not reproduced on this hardware" is a failure
 *     too, with the record's reason, because a proof that shows nothing proves nothing here; unless
 *     the record says this CPU cannot show it (a reordering on x86-64, which is TSO: the record's
 *     arch is x86-64 and its reason is core's MemoryModelNote), or that every fork ran in the
 *     interpreter (proofs.sh's sanity mode, a pipeline check: a bug that needs the JIT cannot show
 *     there), which are skipped with that reason.</li>
 * <li>Either variant that could not run ("error") is an error.</li>
 * </ul>
 */
public record ProofTestCase(ProofRecord record, Status status, String message) {

    public enum Status { PASSED, FAILED, SKIPPED, ERROR }

    public static ProofTestCase of(ProofRecord r) {
        String verdict = r.verdict();
        String why = r.reason() == null || r.reason().isBlank() ? "" : ": " + r.reason();
        if ("error".equals(verdict)) {
            return new ProofTestCase(r, Status.ERROR, "could not run" + why);
        }
        if (r.broken()) {
            return switch (verdict) {
                case "reproduced" -> new ProofTestCase(r, Status.PASSED, "the bug reproduced");
                case "not reproduced on this hardware" -> cannotShowOn(r)
                        ? new ProofTestCase(r, Status.SKIPPED, "this CPU cannot show the bug" + why)
                        : interpreterOnly(r)
                        ? new ProofTestCase(r, Status.SKIPPED, "an interpreter-only run cannot show the bug" + why)
                        : new ProofTestCase(r, Status.FAILED, "the broken variant no longer reproduces" + why);
                default -> new ProofTestCase(r, Status.ERROR, "verdict '" + verdict + "' does not apply to a broken variant");
            };
        }
        return switch (verdict) {
            case "fix held" -> new ProofTestCase(r, Status.PASSED, "the fix held");
            case "fix failed" -> new ProofTestCase(r, Status.FAILED, "the fix failed" + why);
            default -> new ProofTestCase(r, Status.ERROR, "verdict '" + verdict + "' does not apply to a fixed variant");
        };
    }

    /*
     * The record's own word that the hardware cannot show the bug: core writes MemoryModelNote's
     * x86-64 TSO note as the reason of a silent reordering proof, and only on x86-64 (reports does
     * not depend on core at run time, so the note is recognised by its wording; ProofJUnitTest
     * checks that against core's note).
     */
    private static boolean cannotShowOn(ProofRecord r) {
        String arch = r.arch() == null ? "" : r.arch().toLowerCase(Locale.ROOT);
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86-64");
        return x86 && r.reason() != null && r.reason().startsWith("x86-64 (this run's CPU) is TSO");
    }

    /*
     * The record's own word that every jcstress fork of it ran with -Xint: the jcstress converter
     * (JcstressToRecords.INTERPRETER_ONLY) appends that note, recognised here by its wording.
     */
    private static boolean interpreterOnly(ProofRecord r) {
        return r.reason() != null && r.reason().contains("ran in the interpreter (-Xint");
    }

    /** A fixed variant that failed or could not run: a correctness regression. */
    public boolean fixRegressed() {
        return !record.broken() && status != Status.PASSED;
    }

    /** {@code P01 fixed}: the test case's name. */
    public String name() {
        return record.id() + " " + record.variant();
    }

    /** {@code sharebench.proofs.P01}, so that CI groups the two variants of a proof. */
    public String className() {
        return "sharebench.proofs." + record.id();
    }

    /** The counts behind the verdict, for the test's output. */
    public String details() {
        String outcomes = record.outcomes().stream()
                .map(o -> o.id() + " " + o.grade() + " x" + o.count())
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "%s (%s, %s): %s. %d trials; outcomes: %s. %s, JDK %s, %d CPUs, mode %s.",
                record.title(), record.kind(), record.test(), record.verdict(), record.trials(),
                outcomes.isEmpty() ? "none recorded" : outcomes, record.arch(), record.jdk(), record.cpus(), record.mode());
    }
}
