package dev.sharebench.core.pipe;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.wire.StreamFrameLink;
import java.io.IOException;
import java.util.List;

/**
 * The process-queue RTT row: put a Long on the queue to the child, take its echo from the queue back.
 * Each hop pays serialization, a hand-off to the feeder thread and the pipe.
 */
public final class ProcessQueueRoundTrip implements RoundTrip {

    static final int CAPACITY = 64;
    static final int MAX_ITEM = 64 * 1024;
    private final ChildProcess child;
    private final ProcessQueue queue;

    public ProcessQueueRoundTrip(Placement placement) {
        this.child = ChildProcess.builder(ProcessQueueEchoRole.class)
                .args(List.of(Integer.toString(CAPACITY), Integer.toString(MAX_ITEM))).cpu(placement.childCpu()).start();
        this.queue = new ProcessQueue(new StreamFrameLink(child.stdout(), child.stdin()), CAPACITY, MAX_ITEM);
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
            throw child.failure("process-queue: round trip " + value + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("process-queue: interrupted", e);
        } finally {
            child.endWait();
        }
        if (!(echo instanceof Long l) || l != value) {
            throw new IllegalStateException("process-queue: sent " + value + ", echo was " + echo);
        }
        return value;
    }

    @Override
    public String mechanism() {
        return "process-queue";
    }

    @Override
    public void close() {
        Closer.closeAll("process-queue", queue, child);
    }
}
