package dev.sharebench.core.workload;

/** Creation arguments of the hardware floor: none (a record so the floor has the shape of every factory). */
public record FloorArgs() {

    void check(String alias) {
        // nothing to check
    }
}
