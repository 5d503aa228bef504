package dev.sharebench.core.workload;

/**
 * Creation arguments of an {@code InProcessMap}.
 *
 * @param expectedKeys how many distinct keys the map will hold (>= 1): every mechanism sizes its
 *                     table(s) for them, so none resizes while it is measured
 */
public record MapArgs(int expectedKeys) {

    void check(String alias) {
        Factory.require(expectedKeys >= 1, alias, "expectedKeys must be >= 1, was " + expectedKeys);
    }
}
