package dev.sharebench.core.pipe;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opening named pipes. {@code open(2)} of a FIFO blocks until the other end is opened too, so an
 * absent peer would hang us forever: open in a helper thread, and on timeout release it by opening
 * the other end ourselves, then fail with a clear message.
 */
final class Fifos {

    private Fifos() {
    }

    /** A FileInputStream (reader) or FileOutputStream (writer) on {@code fifo}: no allocation per read or write. */
    static Closeable open(Path fifo, boolean forWriting, Duration timeout) throws IOException {
        CompletableFuture<Closeable> f = new CompletableFuture<>();
        Thread opener = Thread.ofPlatform().daemon().name("sharebench-fifo-open").start(() -> {
            try {
                f.complete(forWriting ? new FileOutputStream(fifo.toFile()) : new FileInputStream(fifo.toFile()));
            } catch (IOException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Unblock the opener with the other end, close both, report.
            try (Closeable other = forWriting ? new FileInputStream(fifo.toFile()) : new FileOutputStream(fifo.toFile())) {
                f.join().close();
            }
            throw new IOException("fifo " + fifo + ": no peer opened it within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot open fifo " + fifo, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening fifo " + fifo, e);
        } finally {
            joinQuietly(opener);
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
