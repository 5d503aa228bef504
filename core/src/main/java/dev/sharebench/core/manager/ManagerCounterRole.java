package dev.sharebench.core.manager;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;

/**
 * Child role: a second manager CLIENT process that adds to the server's counter in a loop until
 * stopped, then reports what it added. The secret arrives on stdin. Args: {@code <address...> <delta>}
 * where the address is "uds path" or "tcp port".
 */
public final class ManagerCounterRole implements ChildRole {

    @Override
    public void run(ChildContext ctx) throws Exception {
        String address = ctx.arg(0, "transport") + " " + ctx.arg(1, "path or port");
        long delta = Long.parseLong(ctx.arg(2, "delta"));
        byte[] secret = ctx.stdin().readNBytes(ManagerProtocol.SECRET_BYTES);
        try (ManagerClient client = ManagerClient.connect(address, secret, new BinaryCodec())) {
            RemoteCounter counter = client.proxy(RemoteCounter.class, "counter");
            ctx.ready("");
            long added = 0;
            while (!ctx.stopRequested()) {
                counter.addAndGet(delta);
                added += delta;
            }
            PeerWitness.add(PeerWitness.Seen.ADDED, added);
            ctx.report(Long.toString(added));
        }
    }
}
