package dev.sharebench.core.workload;

/**
 * Creation arguments of a {@code SharedCounter}.
 *
 * @param parties how many threads will add concurrently (>= 1); sizes the owner's queue of
 *                {@code queue-to-owner}, ignored by the others
 */
public record CounterArgs(int parties) {

    void check(String alias) {
        Factory.require(parties >= 1, alias, "parties must be >= 1, was " + parties);
    }
}
