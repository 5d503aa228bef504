package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.PeerWatch;
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
    private final PeerWatch watch;

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
        this.watch = new PeerWatch(child, mechanism, "the lock");
    }

    @Override
    public void add(long delta) {
        watch.start();
        ops.add(delta, watch); // polled while waiting for the lock
    }

    @Override
    public long total() {
        return ops.total();
    }

    /** What the two processes did, read after the peer stopped: the shared total and the peer's own count of its adds. */
    public record Tally(long total, long addedByPeer) {
    }

    /** Stops the peer and reads the tally without judging it (proof 14 counts what was lost). */
    public Tally stop() {
        long peer = Long.parseLong(child.stopAndAwaitReport(Duration.ofSeconds(30)));
        return new Tally(ops.total(), peer);
    }

    @Override
    public long finish(long addedHere) {
        Tally t = stop();
        return CrossCounter.verify(mechanism, t.total(), addedHere, t.addedByPeer());
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, child, map);
    }
}
