package dev.sharebench.core.proof;

/**
 * How a proof grades one outcome; the names are jcstress's {@code Expect} constants, so a jcstress
 * result and a deterministic or cross-process result read the same way in a record.
 */
public enum Grade {
    /** A correct outcome. */
    ACCEPTABLE,
    /** The bug: allowed in a Broken variant, and the point of showing it. */
    ACCEPTABLE_INTERESTING,
    /** The bug in a Fixed variant: must never appear. */
    FORBIDDEN,
    /** An outcome the test did not list (a catch-all that fired, or a record from elsewhere). */
    UNKNOWN
}
