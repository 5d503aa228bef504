package dev.sharebench.core.manager;

/** The manager server's own health, for tests: live threads and heap in use after a GC. */
public interface ServerStats {
    int threads();

    long usedHeapAfterGc();
}
