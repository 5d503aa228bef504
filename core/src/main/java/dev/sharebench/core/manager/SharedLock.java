package dev.sharebench.core.manager;

/**
 * A lock held by the manager server: {@code lock()} blocks the caller's server thread until free.
 * NOTE: like a classic manager's Lock, a client that dies while holding it leaves it held.
 */
public interface SharedLock {
    void lock();

    void unlock();
}
