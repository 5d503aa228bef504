package dev.sharebench.core.proof;

import java.util.Objects;

/**
 * One observed (or expected) outcome of a proof and how often it was seen.
 *
 * @param id    outcome id, as in a jcstress {@code @Outcome(id = ...)}; the same in Broken and Fixed
 * @param count how many trials ended with this outcome
 * @param grade how the variant grades it
 * @param desc  a full sentence saying what the outcome means
 */
public record Outcome(String id, long count, Grade grade, String desc) {

    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(desc, "desc");
        if (count < 0) {
            throw new IllegalArgumentException("outcome " + id + ": count must be >= 0, was " + count);
        }
    }
}
