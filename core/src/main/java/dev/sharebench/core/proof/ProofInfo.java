package dev.sharebench.core.proof;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a proof is: its stable id ({@code P01}..), the number, a title, the classic pitfall
 * it stands for, how it runs, and the class that holds its Broken and Fixed variants.
 *
 * @param number              stable proof number, never reused; the id is {@code P} + two digits
 * @param title               short title, e.g. "Lost update"
 * @param pitfall             the classic mistake in a few words, e.g. "count++ on a shared field"
 * @param kind                jcstress, deterministic or cross-process
 * @param testClass           fully qualified class holding both variants
 * @param notReproducedReason why the Broken variant may stay silent on some hardware, or null
 * @param aliases             the registry aliases the proof runs (its Fixed variant, or both), in
 *                            order: what its records may be cited for; a proof that runs no
 *                            registered mechanism (a standalone idiom) lists none
 * @param deterministic       the outcome follows from the code, not from timing: every run counts
 *                            the same (each trial ends as its input dictates), so its counts are not a rate
 * @param reordering          the Broken variant needs the CPU or JIT to reorder memory accesses;
 *                            records say what that means on the architecture they ran on
 */
public record ProofInfo(int number, String title, String pitfall, Kind kind, String testClass, String notReproducedReason,
                        List<String> aliases, boolean deterministic, boolean reordering) {

    private static final Pattern CLASS_NAME = Pattern.compile(".*\\.[A-Z][A-Za-z]*_(\\d\\d)_[A-Za-z]+");

    public ProofInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pitfall, "pitfall");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(testClass, "testClass");
        aliases = List.copyOf(aliases);
        var m = CLASS_NAME.matcher(testClass);
        if (!m.matches() || Integer.parseInt(m.group(1)) != number) {
            throw new IllegalArgumentException("proof " + number + ": class '" + testClass
                    + "' must be named <Family>_<NN>_<Topic> with NN = " + String.format("%02d", number));
        }
    }

    /** A proof that runs no registered alias, is not deterministic and needs no reordering. */
    public ProofInfo(int number, String title, String pitfall, Kind kind, String testClass, String notReproducedReason) {
        this(number, title, pitfall, kind, testClass, notReproducedReason, List.of(), false, false);
    }

    /** This entry, declaring that it runs {@code runs}. */
    public ProofInfo runs(List<String> runs) {
        return new ProofInfo(number, title, pitfall, kind, testClass, notReproducedReason, runs, deterministic, reordering);
    }

    /** This entry, marked deterministic. */
    public ProofInfo asDeterministic() {
        return new ProofInfo(number, title, pitfall, kind, testClass, notReproducedReason, aliases, true, reordering);
    }

    /** This entry, marked as needing a reordering to show its bug. */
    public ProofInfo asReordering() {
        return new ProofInfo(number, title, pitfall, kind, testClass, notReproducedReason, aliases, deterministic, true);
    }

    /**
     * The variants this proof has, so the records a run of it writes: Broken and Fixed, except a
     * check ({@link Kind#isCheck()}: a correctness check of mechanisms has no classic mistake to
     * show), which has only Fixed.
     */
    public List<Variant> variants() {
        return kind.isCheck() ? List.of(Variant.FIXED) : List.of(Variant.values());
    }

    /**
     * Whether a run of every proof in {@code mode} runs this one (a run that names it runs it in any
     * mode). The jcstress checks run in full only: one jcstress fork per alias costs ~1.5 s in
     * sanity and ~3.5 s in quick on 2 vCPUs, +22 s and +60 s to those runs' proofs stage (measured,
     * jcstress/README.md), over their budgets; the proof runner's checks cover every alias there.
     */
    public boolean runsByDefaultIn(Mode mode) {
        return kind != Kind.JCSTRESS_CHECK || mode == Mode.FULL;
    }

    /** Stable id used in records and file names: {@code P01} .. {@code P19}. */
    public String id() {
        return String.format("P%02d", number);
    }
}
