package dev.sharebench.core.proof.cases.checks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/* Runs two parties on two platform threads and waits for both; a failure or a hang is thrown here, in the caller. */
final class TwoThreads {

    private TwoThreads() {
    }

    static <A, B> void run(Duration limit, Callable<A> first, Callable<B> second) throws Exception {
        // NOTE: shutdownNow, not close(): close() would wait for a party that hangs in a spin loop.
        ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("sharebench-check-", 0).daemon().factory());
        try {
            Future<A> a = pool.submit(first);
            Future<B> b = pool.submit(second);
            long deadline = System.nanoTime() + limit.toNanos();
            try {
                a.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                b.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                a.cancel(true);
                b.cancel(true);
                throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                a.cancel(true);
                b.cancel(true);
                throw new IllegalStateException("the two threads did not finish within " + limit.toSeconds() + " s");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
