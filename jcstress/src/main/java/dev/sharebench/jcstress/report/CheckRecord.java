package dev.sharebench.jcstress.report;

import dev.sharebench.core.proof.Grade;
import dev.sharebench.core.proof.Mode;
import dev.sharebench.core.proof.Outcome;
import dev.sharebench.core.proof.ProofInfo;
import dev.sharebench.core.proof.ProofRecord;
import dev.sharebench.core.proof.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * The one record of a check run by jcstress ({@code Kind.JCSTRESS_CHECK}, e.g. P36): jcstress has no
 * test parameters, so a check is one test per alias, named {@code <check class>.<Alias>} (the alias
 * in CamelCase: {@code offheap-spsc-ring} -> {@code OffheapSpscRing}). The record lists the aliases
 * whose test jcstress ran and counts each alias on its own: every outcome id is
 * {@code "<alias>: <jcstress outcome>"} (e.g. {@code "long-adder: 3"}), so one alias's forbidden
 * outcome fails that alias and not its neighbours. A test jcstress could not finish (an exception,
 * a hang) is one FORBIDDEN {@code "<alias>: error"} naming jcstress's status; an alias with no result
 * at all makes the whole record an {@code error}, as the proof runner does for a check that skipped
 * an alias it declares.
 */
public final class CheckRecord {

    private CheckRecord() {
    }

    /** The jcstress test of {@code alias} in the check {@code p}: {@code <testClass>.<Alias>}. */
    public static String testName(ProofInfo p, String alias) {
        StringBuilder name = new StringBuilder(p.testClass()).append('.');
        for (String word : alias.split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }

    /**
     * @param byName   jcstress's results merged per test name
     * @param stressMs per test name, jcstress's configured stress time (time x iterations over its forks)
     */
    static ProofRecord of(ProofInfo p, Map<String, TestResult> byName, Map<String, Long> stressMs, Mode mode) {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long trials = 0;
        long durationMs = 0;
        for (String alias : p.aliases()) {
            String test = testName(p, alias);
            TestResult r = byName.get(test);
            if (r == null) {
                missing.add(alias);
                continue;
            }
            ran.add(alias);
            durationMs += stressMs.getOrDefault(test, 0L);
            if (r.status() != Status.NORMAL) {
                String first = r.getMessages().isEmpty() ? "no message" : r.getMessages().getFirst();
                outcomes.add(new Outcome(alias + ": error", 1, Grade.FORBIDDEN, alias + ": jcstress could not finish " + test
                        + " (status " + r.status() + ": " + first.replaceAll("\\s+", " ") + ")."));
                trials++;
                continue;
            }
            trials += r.getTotalCount();
            for (Outcome o : JcstressOutcomes.of(r)) {
                outcomes.add(new Outcome(alias + ": " + o.id(), o.count(), o.grade(), alias + ": " + o.desc()));
            }
        }
        if (!missing.isEmpty()) {
            return ProofRecord.error(p, Variant.FIXED, p.testClass(), "The catalogue says " + p.id() + " runs " + missing
                    + " but jcstress wrote no result for their tests (" + testName(p, missing.getFirst()) + ", ...): filtered out"
                    + " by -t, or the class has no test for the alias; ran " + ran, mode, durationMs);
        }
        return ProofRecord.judged(p, Variant.FIXED, p.testClass(), trials, outcomes, ran, mode, durationMs);
    }
}
