package dev.sharebench.core.mmap;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import dev.sharebench.core.wait.WaitStrategy;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * Child role of the mmap ping-pong: map the parent's file, unlink its name (both sides have it mapped
 * now, so no file can outlive the run), then answer every request value v with RoundTrip.reply(v) in the response mailbox.
 * Args: {@code <path> <waitStrategy>}.
 */
public final class MmapPongRole implements ChildRole {

    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    @Override
    public void run(ChildContext ctx) {
        Path path = Path.of(ctx.arg(0, "path"));
        WaitStrategy wait = WaitStrategy.of(ctx.arg(1, "waitStrategy"));
        try (SharedMapping map = SharedMapping.attach(path, ExchangeLayout.BYTES, ExchangeLayout.VERSION);
             Mailbox req = new Mailbox(map.segment(), ExchangeLayout.REQ, wait);
             Mailbox resp = new Mailbox(map.segment(), ExchangeLayout.RESP, wait)) {
            map.unlink();
            MemorySegment seg = map.segment();
            ctx.ready("");
            java.util.function.BooleanSupplier stop = () -> ctx.stopRequested() || (int) INT.getVolatile(seg, ExchangeLayout.STOP) != 0;
            int last = 0;
            while (true) {
                int seq = req.await(last, stop);
                if (seq == last) {
                    return; // asked to stop
                }
                long reply = RoundTrip.reply(req.value());
                PeerWitness.add(PeerWitness.Seen.SERVED, 1);
                resp.post(seq, reply);
                last = seq;
            }
        }
    }
}
