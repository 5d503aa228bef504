package dev.sharebench.core.manager;

/** A counter held by the manager server: one atomic add per request, however large the delta. */
public interface RemoteCounter {
    long addAndGet(long delta);

    long get();
}
