package dev.sharebench.core.contract;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Workload 3's contract: every operation needs a scratch object that is not thread-safe (a
 * {@code MessageDigest}, a reusable buffer), and the mechanisms differ in where it comes from.
 * A task (one unit of work on one thread, e.g. one request) runs several operations:
 * <pre>
 *   scratch.task(() -> { ...; scratch.use(md -> md.digest(input)); ... })
 * </pre>
 * {@link #task} is where {@code scoped-value} binds the task's instance; the others just run the
 * body. Create one with {@code workload.Scratches}.
 *
 * @param <T> the scratch type
 */
public interface Scratch<T> extends AutoCloseable {

    /** The registry alias of this mechanism. */
    String alias();

    /** Runs one task on the calling thread. */
    default <R> R task(Supplier<R> body) {
        return body.get();
    }

    /** Runs one operation with exclusive use of a scratch instance, inside a {@link #task}. */
    <R> R use(Function<T, R> op);

    @Override
    default void close() {
    }
}
