package dev.sharebench.core.manager;

/**
 * The manager server's own health, for tests and proofs: live threads, heap in use after a GC, and
 * the calls it has served (counted by the server as each arrives, this {@code requests()} call included).
 */
public interface ServerStats {
    long requests();

    int threads();

    long usedHeapAfterGc();
}
