package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import java.time.Duration;
import java.util.List;

/** Parent side of the mmap counters: adds in the benchmark thread while a child adds in a loop. */
public final class MmapCounter implements CrossCounter {

    private final String mechanism;
    private final SharedMapping map;
    private final ChildProcess child;
    private final SharedCounterOps ops;

    public MmapCounter(String mechanism, long childDelta, Placement placement) {
        this.mechanism = mechanism;
        this.map = SharedMapping.create(TempFiles.sharedMemoryDir(), "counter", ExchangeLayout.BYTES, ExchangeLayout.VERSION);
        try {
            this.ops = new SharedCounterOps(mechanism, map);
            this.child = ChildProcess.builder(MmapCounterRole.class)
                    .args(List.of(map.path().toString(), mechanism, Long.toString(childDelta)))
                    .deleteOnParentDeath(map.path())
                    .cpu(placement.childCpu()).start();
        } catch (RuntimeException | Error e) {
            map.close();
            throw e;
        }
    }

    private static final long HANG_NANOS = 20_000_000_000L;
    private final java.util.function.BooleanSupplier peerCheck = this::peerGone;
    private long waitStart;

    @Override
    public void add(long delta) {
        waitStart = 0;
        ops.add(delta, peerCheck);
    }

    /** Polled while waiting for the lock: throws if the child died, or held the lock too long. */
    private boolean peerGone() {
        if (!child.isAlive()) {
            throw child.failure(mechanism + ": died while this process waited for the lock", null);
        }
        long now = System.nanoTime();
        if (waitStart == 0) {
            waitStart = now;
        } else if (now - waitStart > HANG_NANOS) {
            throw child.failure(mechanism + ": lock not released within " + HANG_NANOS / 1_000_000 + " ms (hung peer?)", null);
        }
        return false;
    }

    @Override
    public long finish(long addedHere) {
        child.requestStop();
        long peer = Long.parseLong(child.awaitReport(Duration.ofSeconds(30)));
        return CrossCounter.verify(mechanism, ops.total(), addedHere, peer);
    }

    @Override
    public void close() {
        try {
            child.close();
        } finally {
            map.close();
        }
    }
}
