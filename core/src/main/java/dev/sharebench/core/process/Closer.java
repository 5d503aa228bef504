package dev.sharebench.core.process;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The teardown of a parent-side peer (a link, a child, a mapping...): close everything, in order,
 * each even when an earlier one failed. As with nested {@code try/finally} the last failure is
 * thrown, usually the child's, which says what happened to it; unlike {@code finally}, the earlier
 * failures are not lost but attached to it as suppressed exceptions.
 */
public final class Closer {

    private Closer() {
    }

    /**
     * Closes {@code inOrder} (null entries are skipped).
     *
     * @param owner names the peer in a wrapped checked exception, e.g. its mechanism alias
     */
    public static void closeAll(String owner, AutoCloseable... inOrder) {
        RuntimeException failure = null;
        for (AutoCloseable c : inOrder) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                RuntimeException r = unchecked(owner, e);
                if (failure != null) {
                    r.addSuppressed(failure);
                }
                failure = r;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException unchecked(String owner, Exception e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof IOException io) {
            return new UncheckedIOException(owner + ": closing failed", io);
        }
        return new IllegalStateException(owner + ": closing failed", e);
    }
}
