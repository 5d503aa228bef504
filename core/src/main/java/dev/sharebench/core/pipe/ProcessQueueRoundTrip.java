package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wait.WaitStrategy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The process-queue RTT row: put a Long on the queue to the child, take its echo from the queue back.
 * Each hop pays serialization, a hand-off to the feeder thread and the pipe. The wait strategy is the
 * pipe reader's ({@code block}, {@code busy-poll} or {@code spin-then-block}, see {@link FrameTransport});
 * the hand-off to the feeder thread stays the queue's own blocking one (the classic design), so on a
 * child pinned to one CPU a busy-polling reader competes with its own feeder for that CPU.
 */
public final class ProcessQueueRoundTrip implements RoundTrip {

    static final int CAPACITY = 64;
    static final int MAX_ITEM = 64 * 1024;
    private final String mechanism;
    private final ChildProcess child;
    private final ProcessQueue queue;

    public ProcessQueueRoundTrip(String mechanism, WaitStrategy wait, Placement placement) {
        this(mechanism, wait, placement, ProcessQueueEchoRole.class, null);
    }

    /** With another echo role and a shorter hang bound: for the tests of a peer that stops answering. */
    ProcessQueueRoundTrip(String mechanism, WaitStrategy wait, Placement placement, Class<? extends ChildRole> role, Duration hang) {
        this.mechanism = mechanism;
        this.child = ChildProcess.builder(role)
                .args(List.of(Integer.toString(CAPACITY), Integer.toString(MAX_ITEM), wait.alias())).cpu(placement.childCpu()).start();
        try {
            this.queue = new ProcessQueue(FrameTransport.PIPE.parentSide(child, 0, MAX_ITEM, wait, hang), CAPACITY, MAX_ITEM);
        } catch (IOException | RuntimeException e) {
            child.close();
            throw new IllegalStateException(mechanism + ": cannot connect to the echo child", e);
        }
    }

    /** The echo child, for lifecycle tests. */
    ChildProcess child() {
        return child;
    }

    /** The queue itself, for tests of its put semantics. */
    ProcessQueue queue() {
        return queue;
    }

    @Override
    public long roundTrip(long value) {
        Object echo;
        child.beginWait();
        try {
            queue.put(value);
            echo = queue.take();
        } catch (IOException e) {
            throw child.failure(mechanism + ": round trip " + value + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(mechanism + ": interrupted", e);
        } finally {
            child.endWait();
        }
        if (!(echo instanceof Long l) || l != RoundTrip.reply(value)) {
            throw new IllegalStateException(mechanism + ": sent " + value + ", the reply was " + echo);
        }
        return l;
    }

    @Override
    public String mechanism() {
        return mechanism;
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, queue, child);
    }
}
