package dev.sharebench.reports.gate;

import dev.sharebench.reports.common.ExitCode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gate says about the whole run. The exit code follows from it, and gate.md, gate.json,
 * gate-junit.xml, the forest plot and the console all lead with the same {@link #headline()}, so no
 * document can say PASS while the gate exits 2.
 *
 * @param kind   PASS (exit 0), INCONCLUSIVE (0: no FAIL, but the machine changed under some
 *               comparisons, or none could rule out a slowdown, so "PASS" would claim more than
 *               was seen), REGRESSION (1), NO_VERDICT (2:
 *               measured, but nothing could be judged) or NOT_MEASURED (2: refused before measuring)
 * @param reason for NO_VERDICT and NOT_MEASURED, the short reason ("insufficient data")
 * @param remedy what to do instead, with the exact command where it is known; may be empty
 */
public record RunVerdict(Kind kind, String reason, String remedy) {

    /** The kinds of run verdict, with their exit codes. */
    public enum Kind {
        PASS(ExitCode.OK), INCONCLUSIVE(ExitCode.OK), REGRESSION(ExitCode.FAIL), NO_VERDICT(ExitCode.BAD_INPUT), NOT_MEASURED(ExitCode.BAD_INPUT);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private static final Pattern FORKS = Pattern.compile("(^|\\s)--forks(=|\\s+)\\S+");

    public static RunVerdict notMeasured(String reason, String remedy) {
        return new RunVerdict(Kind.NOT_MEASURED, reason, remedy);
    }

    /**
     * The verdict of a judged run. {@code invocation} is the command that recorded the forks (gate.sh
     * passes its own), used to write the exact command with more forks; null when unknown.
     */
    public static RunVerdict of(GateResult r, String invocation) {
        return of(r, invocation, 0);
    }

    /**
     * The same, for a run in which {@code changedByMachine} comparisons were made INCONCLUSIVE
     * because their forks straddle a canary drift ({@link MachineChange}): without a FAIL elsewhere
     * the run is INCONCLUSIVE, never PASS.
     */
    public static RunVerdict of(GateResult r, String invocation, long changedByMachine) {
        double alpha = r.settings().alpha();
        if (r.judgements().isEmpty()) {
            return new RunVerdict(Kind.NO_VERDICT, "nothing to compare",
                    "no benchmark with the same parameters is present on both sides; run the same benchmarks on both");
        }
        if (r.judged() == 0) {
            int n = Feasibility.forksNeeded(r.judgements().size(), alpha, r.settings().minForks());
            return new RunVerdict(Kind.NO_VERDICT, "insufficient data", String.format(Locale.ROOT,
                    "every benchmark has fewer than %d forks a side; record at least %d forks a side: %s",
                    r.settings().minForks(), n, withForks(invocation, n)));
        }
        if (r.regression()) {
            return new RunVerdict(Kind.REGRESSION, "", "");
        }
        List<Feasibility.Blind> blind = Feasibility.blind(r.judgements(), alpha);
        if (!blind.isEmpty()) {
            Feasibility.Blind b = blind.getFirst();
            int m = (int) r.judgements().stream().filter(j -> !Double.isNaN(j.pValue())).count();
            int n = Feasibility.forksNeeded(m, alpha, r.settings().minForks());
            return new RunVerdict(Kind.NO_VERDICT, "a FAIL was out of reach", String.format(Locale.ROOT,
                    "%s (%d benchmark(s), e.g. `%s`); record at least %d forks a side: %s", Feasibility.explain(m, b.baselineForks(),
                            b.candidateForks(), alpha), blind.size(), b.key(), n, withForks(invocation, n)));
        }
        if (changedByMachine > 0) {
            return new RunVerdict(Kind.INCONCLUSIVE, "the machine changed during this run", String.format(Locale.ROOT,
                    "%d comparison(s) straddle a canary drift (see the warning) and were not judged; rerun on a steadier machine: %s",
                    changedByMachine, invocation == null || invocation.isBlank() ? "the same command" : "`" + invocation.strip() + "`"));
        }
        if (r.count(Verdict.PASS) == 0) {
            return new RunVerdict(Kind.INCONCLUSIVE, "no slowdown found, none ruled out",
                    "every compared benchmark's interval contains its threshold: the MDE column says the smallest slowdown each one "
                    + "could see at these forks; more forks or a quieter machine narrow it");
        }
        return new RunVerdict(Kind.PASS, "", "");
    }

    /**
     * The check before an A/B run measures anything: {@code m} benchmark points gated at
     * {@code forks} a side. Null when the run can judge and a lone regression can FAIL; otherwise
     * the NO VERDICT (nothing measured) verdict naming the forks needed.
     */
    static RunVerdict beforeMeasuring(int m, int forks, GateSettings s, String invocation) {
        int n = Feasibility.forksNeeded(m, s.alpha(), s.minForks());
        if (forks < s.minForks()) {
            return notMeasured("insufficient data", String.format(Locale.ROOT,
                    "%d fork(s) a side cannot be judged (the gate needs >= %d); run: %s", forks, s.minForks(), withForks(invocation, n)));
        }
        if (!Feasibility.reachable(m, forks, forks, s.alpha())) {
            return notMeasured("a FAIL would be out of reach", String.format(Locale.ROOT, "%s; run: %s",
                    Feasibility.explain(m, forks, forks, s.alpha()), withForks(invocation, n)));
        }
        return null;
    }

    /** The command with {@code --forks n}, replacing a {@code --forks} it has; a generic hint when unknown. */
    static String withForks(String invocation, int n) {
        if (invocation == null || invocation.isBlank()) {
            return String.format(Locale.ROOT, "`./scripts/gate.sh --baseline-jar BASE.jar --candidate-jar CAND.jar --forks %d` "
                    + "(A/B mode), or JMH's `-f %d` on both sides", n, n);
        }
        Matcher m = FORKS.matcher(invocation.strip());
        String cmd = m.find() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1) + "--forks " + n)) : invocation.strip() + " --forks " + n;
        return "`" + cmd + "`";
    }

    public int exitCode() {
        return kind.exitCode;
    }

    /**
     * The first words of every document: "PASS", "REGRESSION", "NO VERDICT: insufficient data", ...
     * (a run refused before measuring is also a NO VERDICT, marked "(nothing measured)").
     */
    public String headline() {
        return switch (kind) {
            case PASS -> "PASS";
            case INCONCLUSIVE -> "INCONCLUSIVE: " + reason;
            case REGRESSION -> "REGRESSION";
            case NO_VERDICT -> "NO VERDICT: " + reason;
            case NOT_MEASURED -> "NO VERDICT: " + reason + " (nothing measured)";
        };
    }
}
