package dev.sharebench.core.mmap;

import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.xproc.CrossCounter;
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

    @Override
    public void add(long delta) {
        ops.add(delta, this::peerGone);
    }

    private boolean peerGone() {
        if (!child.isAlive()) {
            throw child.failure(mechanism + ": died while this process waited for the lock", null);
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
