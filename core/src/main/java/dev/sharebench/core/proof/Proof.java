package dev.sharebench.core.proof;

import java.util.List;

/**
 * A proof the suite runs itself (deterministic or cross-process): it runs one variant and counts
 * outcomes with the same ids in both variants. The verdict comes from {@link Judgement}, never
 * from the proof. Everything a variant starts (threads, children, files, arenas) ends with it.
 */
public interface Proof {

    /** The catalog entry of this proof; its {@code testClass} is this class. */
    ProofInfo info();

    /**
     * Runs {@code variant} once.
     *
     * @param mode how long it may take ({@link Mode#scale()} scales the trial count)
     * @return the number of trials and every outcome's count
     * @throws Exception when the proof cannot run: that is an {@code error} record, not a verdict
     */
    Counts run(Variant variant, Mode mode) throws Exception;

    /** The variants this proof has: its catalogue entry's ({@link ProofInfo#variants()}). */
    default List<Variant> variants() {
        return info().variants();
    }
}
