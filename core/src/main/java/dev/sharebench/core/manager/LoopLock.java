package dev.sharebench.core.manager;

import java.util.ArrayDeque;

/**
 * The shared {@code lock} as a single-threaded server holds it. A {@code lock()} that cannot be
 * granted at once must not block the loop (every other client would stall): it parks the caller's
 * reply instead, and {@code unlock()} hands the lock to the first caller in line and sends that
 * reply then. Any client may unlock (a semaphore with one permit, as before). A client that closes
 * its connection while holding the lock releases it, and one that closes while waiting leaves the
 * line: a dead client cannot wedge the others.
 */
final class LoopLock {

    private ManagerObjects.Caller holder;
    private boolean held;
    private final ArrayDeque<ManagerObjects.Caller> waiting = new ArrayDeque<>();

    /** Null (granted now) or {@link ManagerObjects#LATER} (the reply waits for an unlock). */
    Object lock(ManagerObjects.Caller caller) {
        if (!held) {
            held = true;
            holder = caller;
            return null;
        }
        waiting.add(caller);
        return ManagerObjects.LATER;
    }

    void unlock() {
        if (!held) {
            throw new RemoteManagerException("lock.unlock: the lock is not held");
        }
        holder = waiting.poll();
        if (holder == null) {
            held = false;
        } else {
            holder.replyLater(null);
        }
    }

    /** The caller's connection closed. */
    void forget(ManagerObjects.Caller caller) {
        waiting.remove(caller);
        if (held && holder == caller) {
            unlock();
        }
    }
}
