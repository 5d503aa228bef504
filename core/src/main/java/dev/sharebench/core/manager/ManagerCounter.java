package dev.sharebench.core.manager;

import dev.sharebench.core.contract.CrossCounter;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.Placement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager counter row: three processes (server child, this client, a client child), each add
 * one request. With {@code batch > 1} one request adds the whole batch: that is the "batched" row.
 * The client child runs on the OS's choice of CPU: the server and both clients share 2 vCPUs.
 */
public final class ManagerCounter implements CrossCounter {

    private final String mechanism;
    private final ManagerSession session;
    private final ManagerClient client;
    private final RemoteCounter counter;
    private final ChildProcess peer;

    public ManagerCounter(String mechanism, String transport, long childDelta, Placement placement) {
        this.mechanism = mechanism;
        this.session = new ManagerSession(transport, placement);
        try {
            this.client = session.client(new BinaryCodec());
            this.counter = client.proxy(RemoteCounter.class, "counter");
            List<String> args = new ArrayList<>(List.of(session.address().split(" ", 2)));
            args.add(Long.toString(childDelta));
            this.peer = ChildProcess.builder(ManagerCounterRole.class).args(args).stdinBytes(session.secret()).start();
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    @Override
    public void add(long delta) {
        session.serverProcess().beginWait();
        try {
            counter.addAndGet(delta);
        } finally {
            session.serverProcess().endWait();
        }
    }

    @Override
    public long total() {
        return counter.get();
    }

    @Override
    public long finish(long addedHere) {
        long other = Long.parseLong(peer.stopAndAwaitReport(Duration.ofSeconds(30)));
        return CrossCounter.verify(mechanism, counter.get(), addedHere, other);
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, peer, client, session);
    }
}
