package dev.sharebench.core.mmap;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Closer;
import dev.sharebench.core.process.PeerWatch;
import dev.sharebench.core.process.Placement;
import dev.sharebench.core.process.TempFiles;
import dev.sharebench.core.wait.WaitStrategy;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * Parent side of the mmap ping-pong: post the value in the request mailbox, wait for the child's
 * reply in the response mailbox with the chosen wait strategy. While waiting it checks every 16 Ki
 * spins (or futex timeout) that the child is alive and answered within the hang bound.
 */
public final class MmapPingPong implements RoundTrip {

    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    private final String mechanism;
    private final SharedMapping map;
    private final ChildProcess child;
    private final Mailbox req;
    private final Mailbox resp;
    private final PeerWatch watch;
    private int seq;

    public MmapPingPong(String mechanism, WaitStrategy wait, Placement placement) {
        this.mechanism = mechanism;
        this.map = SharedMapping.create(TempFiles.sharedMemoryDir(), "pingpong", ExchangeLayout.BYTES, ExchangeLayout.VERSION);
        try {
            this.child = ChildProcess.builder(MmapPongRole.class).args(List.of(map.path().toString(), wait.alias()))
                    .deleteOnParentDeath(map.path())
                    .cpu(placement.childCpu()).start();
        } catch (RuntimeException | Error e) {
            map.close();
            throw e;
        }
        this.req = new Mailbox(map.segment(), ExchangeLayout.REQ, wait);
        this.resp = new Mailbox(map.segment(), ExchangeLayout.RESP, wait);
        this.watch = new PeerWatch(child, mechanism, "an echo");
    }

    @Override
    public long roundTrip(long value) {
        int n = seq + 1;
        req.post(n, value);
        watch.start();
        int got = resp.await(seq, watch);
        long answer = resp.value();
        if (got != n || answer != RoundTrip.reply(value)) {
            throw new IllegalStateException(mechanism + ": request " + n + " value " + value + " answered by seq " + got + " value " + answer);
        }
        seq = n;
        return answer;
    }

    /** The echo child, for lifecycle tests. */
    ChildProcess child() {
        return child;
    }

    @Override
    public String mechanism() {
        return mechanism;
    }

    @Override
    public void close() {
        Closer.closeAll(mechanism, this::signalStop, child, req, resp, map);
    }

    /** The child's loop ends when it sees STOP; a child asleep in FUTEX_WAIT needs the wake too. */
    private void signalStop() {
        INT.setVolatile(map.segment(), ExchangeLayout.STOP, 1);
        req.wakeAll();
    }
}
