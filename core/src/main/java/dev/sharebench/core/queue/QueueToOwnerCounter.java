package dev.sharebench.core.queue;

import dev.sharebench.core.contract.SharedCounter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code queue-to-owner}: no thread but one ever touches the total. Adders send their deltas
 * through a bounded {@link ArrayBlockingQueue} to an owner thread that applies them ("share memory
 * by communicating"). {@link #sum()} sends a request through the same FIFO queue, so the owner
 * answers only after every delta sent before it.
 *
 * <p>NOTE: the owner is a third thread. With two adders on a 2-vCPU machine it competes with them
 * for the CPU; it blocks in {@code take()} when idle, so it does not spin.
 */
public final class QueueToOwnerCounter implements SharedCounter {

    private static final int SLOTS_PER_PARTY = 1024;
    private static final long SUM_TIMEOUT_SECONDS = 30;
    private static final long OWNER_CHECK_MILLIS = 100;

    private record SumRequest(CompletableFuture<Long> answer) {
    }

    private record Stop() {
    }

    private final BlockingQueue<Object> inbox;
    private final Thread owner;
    private volatile Throwable ownerFailure;

    public QueueToOwnerCounter(int parties) {
        this.inbox = new ArrayBlockingQueue<>(SLOTS_PER_PARTY * parties);
        this.owner = Thread.ofPlatform().daemon().name("sharebench-counter-owner").start(this::own);
    }

    private void own() {
        long total = 0;
        try {
            while (true) {
                Object m = inbox.take();
                if (m instanceof Long delta) {
                    total += delta;
                } else if (m instanceof SumRequest r) {
                    r.answer().complete(total);
                } else if (m instanceof Stop) {
                    return;
                } else {
                    throw new IllegalStateException("queue-to-owner: unexpected message " + m);
                }
            }
        } catch (InterruptedException e) {
            ownerFailure = e;
        } catch (RuntimeException | Error e) {
            ownerFailure = e;
            throw e;
        }
    }

    @Override
    public void add(long delta) {
        try {
            // Boxed; deltas in [-128, 127] come from Long's cache, no allocation. A timed offer runs
            // the same code as put() but lets a sender notice a dead owner instead of blocking forever.
            while (!inbox.offer(delta, OWNER_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!owner.isAlive()) {
                    throw new IllegalStateException("queue-to-owner: the owner thread is gone (failure: " + ownerFailure + ")");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue-to-owner: interrupted while sending a delta", e);
        }
    }

    @Override
    public long sum() {
        CompletableFuture<Long> answer = new CompletableFuture<>();
        try {
            inbox.put(new SumRequest(answer));
            return answer.get(SUM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue-to-owner: interrupted while asking for the sum", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("queue-to-owner: owner did not answer the sum (owner failure: "
                    + ownerFailure + ")", e);
        }
    }

    @Override
    public String alias() {
        return "queue-to-owner";
    }

    @Override
    public void close() {
        try {
            inbox.put(new Stop());
            owner.join(TimeUnit.SECONDS.toMillis(SUM_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("queue-to-owner: interrupted while stopping the owner", e);
        }
        if (owner.isAlive()) {
            throw new IllegalStateException("queue-to-owner: owner thread did not stop");
        }
    }
}
