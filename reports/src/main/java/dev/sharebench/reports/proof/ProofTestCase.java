package dev.sharebench.reports.proof;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One proof variant read as a test case, the way CI shows a unit test:
 * <ul>
 * <li>Fixed variant: passes when the fix held; a forbidden outcome ("fix failed") is a failure.</li>
 * <li>Broken variant: passes when the bug reproduced; "not reproduced on this hardware" is a failure
 *     too, with the record's reason, because a proof that shows nothing proves nothing here.</li>
 * <li>Either variant that could not run ("error") is an error.</li>
 * </ul>
 */
public record ProofTestCase(ProofRecord record, Status status, String message) {

    public enum Status { PASSED, FAILED, ERROR }

    public static ProofTestCase of(ProofRecord r) {
        String verdict = r.verdict();
        String why = r.reason() == null || r.reason().isBlank() ? "" : ": " + r.reason();
        if ("error".equals(verdict)) {
            return new ProofTestCase(r, Status.ERROR, "could not run" + why);
        }
        if (r.broken()) {
            return switch (verdict) {
                case "reproduced" -> new ProofTestCase(r, Status.PASSED, "the bug reproduced");
                case "not reproduced on this hardware" -> new ProofTestCase(r, Status.FAILED, "the broken variant no longer reproduces" + why);
                default -> new ProofTestCase(r, Status.ERROR, "verdict '" + verdict + "' does not apply to a broken variant");
            };
        }
        return switch (verdict) {
            case "fix held" -> new ProofTestCase(r, Status.PASSED, "the fix held");
            case "fix failed" -> new ProofTestCase(r, Status.FAILED, "the fix failed" + why);
            default -> new ProofTestCase(r, Status.ERROR, "verdict '" + verdict + "' does not apply to a fixed variant");
        };
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
