package dev.sharebench.core.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/*
 * Threads whose failures a test sees. An assertion or exception thrown in a plain started thread
 * goes to the uncaught-exception handler, and a test that only joins the thread passes anyway.
 * Here the thread runs a FutureTask, and join() rethrows in the test's own thread what the other
 * thread threw (the AssertionError itself, so JUnit reports it as a failure with its message).
 */
public final class TestThreads {

    private TestThreads() {
    }

    /** Starts {@code body} on a new platform thread named {@code sharebench-test-<name>}. */
    public static <T> Future<T> start(String name, Callable<T> body) {
        FutureTask<T> task = new FutureTask<>(body);
        Thread.ofPlatform().name("sharebench-test-" + name).daemon(true).start(task);
        return task;
    }

    /** {@link #start} for a body without a result. */
    public static Future<Void> run(String name, ThrowingRunnable body) {
        return start(name, () -> {
            body.run();
            return null;
        });
    }

    /** Waits for the thread and returns its result; whatever it threw is rethrown here. */
    public static <T> T join(Future<T> thread) throws Exception {
        try {
            return thread.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof Exception ex ? ex : e;
        }
    }

    /** A thread body that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
