package dev.sharebench.core.proof;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A verdict and its reason, derived from outcome counts by the suite's one rule set:
 * <ul>
 *   <li>Broken: {@code reproduced} iff some ACCEPTABLE_INTERESTING count is above 0, else
 *       {@code not reproduced on this hardware} with a reason.</li>
 *   <li>Fixed: {@code fix held} iff every FORBIDDEN count is 0, else {@code fix failed}.</li>
 *   <li>Either: no trials, or an unlisted (UNKNOWN) outcome that was seen, is an {@code error}:
 *       nothing can be concluded from a run that did not run or that the test did not foresee.</li>
 * </ul>
 *
 * @param verdict the verdict
 * @param reason  one sentence; null only for {@code reproduced} and {@code fix held}
 */
public record Judgement(Verdict verdict, String reason) {

    /** Judges with the default reason for a bug that did not show up. */
    public static Judgement of(Variant variant, long trials, List<Outcome> outcomes) {
        return of(variant, trials, outcomes, null);
    }

    /**
     * @param notReproducedReason why a Broken variant may not show its bug on this hardware (e.g.
     *                            "x86 is TSO: stores are not reordered with stores"); null for a
     *                            generic reason
     */
    public static Judgement of(Variant variant, long trials, List<Outcome> outcomes, String notReproducedReason) {
        if (trials <= 0) {
            return new Judgement(Verdict.ERROR, "No trials ran, so nothing can be concluded.");
        }
        String unknown = describe(outcomes, Grade.UNKNOWN);
        if (!unknown.isEmpty()) {
            return new Judgement(Verdict.ERROR, "Outcomes the test does not list were seen (" + unknown + "), so its outcome table is incomplete.");
        }
        if (variant == Variant.BROKEN) {
            if (outcomes.stream().anyMatch(o -> o.grade() == Grade.ACCEPTABLE_INTERESTING && o.count() > 0)) {
                return new Judgement(Verdict.REPRODUCED, null);
            }
            String why = notReproducedReason != null ? notReproducedReason
                    : "The racy interleaving did not occur in " + trials + " trials on this machine; it is allowed, not guaranteed.";
            return new Judgement(Verdict.NOT_REPRODUCED, why);
        }
        String forbidden = describe(outcomes, Grade.FORBIDDEN);
        if (forbidden.isEmpty()) {
            return new Judgement(Verdict.FIX_HELD, null);
        }
        return new Judgement(Verdict.FIX_FAILED, "Forbidden outcomes were seen (" + forbidden + ") in " + trials + " trials.");
    }

    private static String describe(List<Outcome> outcomes, Grade grade) {
        return outcomes.stream().filter(o -> o.grade() == grade && o.count() > 0)
                .map(o -> "'" + o.id() + "' x" + o.count()).collect(Collectors.joining(", "));
    }
}
