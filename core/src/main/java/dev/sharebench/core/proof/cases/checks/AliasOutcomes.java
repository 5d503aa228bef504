package dev.sharebench.core.proof.cases.checks;

import dev.sharebench.core.proof.Counts;
import dev.sharebench.core.proof.Grade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/*
 * The outcome table of a check: per alias, "<alias>: ok" (ACCEPTABLE) and "<alias>: wrong"
 * (FORBIDDEN), counted in the check's unit (an add, an item, a round trip). A check that runs an
 * alias in several setups passes one subject per setup instead ("<alias> [waitStrategy=spin]",
 * core.proof.RunSubject) and marks the plain alias as ran. A mechanism that throws is one "wrong"
 * with the exception in the outcome text; the check goes on with the next subject, so one broken
 * mechanism never hides the others.
 */
final class AliasOutcomes {

    /** One alias's run: adds its ok and wrong counts. */
    @FunctionalInterface
    interface AliasRun {
        void run(String alias, AliasOutcomes out) throws Exception;
    }

    private final Counts counts = new Counts();
    private final String okDesc;
    private final String wrongDesc;
    private final Map<String, String> problems = new LinkedHashMap<>();

    AliasOutcomes(List<String> aliases, String okDesc, String wrongDesc) {
        this.okDesc = okDesc;
        this.wrongDesc = wrongDesc;
        for (String a : aliases) {
            counts.declare(ok(a), Grade.ACCEPTABLE, a + ": " + okDesc);
            counts.declare(wrong(a), Grade.FORBIDDEN, a + ": " + wrongDesc);
        }
    }

    /** Runs {@code run} for every alias, in order; an exception is one "wrong" for that alias. */
    static Counts each(List<String> aliases, String okDesc, String wrongDesc, AliasRun run) {
        AliasOutcomes out = new AliasOutcomes(aliases, okDesc, wrongDesc);
        for (String a : aliases) {
            try {
                run.run(a, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.wrong(a, 1, "interrupted");
                break;
            } catch (Exception | AssertionError e) {
                out.wrong(a, 1, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return out.counts;
    }

    /** Marks {@code alias} as driven by this run (call right after the factory created it). */
    void ran(String alias) {
        counts.ran(alias);
    }

    void ok(String alias, long n) {
        counts.add(ok(alias), n);
    }

    /** Counts {@code n} wrong results of {@code alias}; the first {@code detail} goes into the outcome text. */
    void wrong(String alias, long n, String detail) {
        counts.add(wrong(alias), n);
        if (problems.putIfAbsent(alias, detail) == null) {
            counts.describe(wrong(alias), alias + ": " + wrongDesc + " First seen: " + String.valueOf(detail).replaceAll("\\s+", " "));
        }
    }

    /** Checks one value; counts it ok or wrong. */
    void check(String alias, boolean good, String detailIfWrong) {
        if (good) {
            ok(alias, 1);
        } else {
            wrong(alias, 1, detailIfWrong);
        }
    }

    private static String ok(String alias) {
        return alias + ": ok";
    }

    private static String wrong(String alias) {
        return alias + ": wrong";
    }
}
