package dev.sharebench.core.manager;

/**
 * What the server's connections may hold together in buffers beyond their small fixed ones
 * ({@link ServerLimits#bufferBudgetBytes()}): a large request being received, a reply the client has
 * not read yet. Taking is all or nothing, so a refused request holds nothing while it waits for
 * nothing (it gets a "server busy" error). Used by one thread: the server loop, or one client.
 */
final class BufferBudget {

    private final long limit;
    private long used;

    BufferBudget(long limit) {
        this.limit = limit;
    }

    /** A budget without a limit: a client takes what its own replies need. */
    static BufferBudget unlimited() {
        return new BufferBudget(Long.MAX_VALUE);
    }

    /** Take {@code bytes} if that stays within the limit. */
    boolean take(long bytes) {
        if (bytes > limit - used) {
            return false;
        }
        used += bytes;
        return true;
    }

    void give(long bytes) {
        used -= bytes;
    }

    long limit() {
        return limit;
    }

    long used() {
        return used;
    }
}
