package dev.sharebench.core.manager.rmi;

import dev.sharebench.core.process.PeerWitness;
import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.manager.ManagerProtocol;
import dev.sharebench.core.process.ChildContext;
import dev.sharebench.core.process.ChildRole;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child role of the rmi row: a registry on loopback with one exported {@link RmiEcho}, both behind
 * the run's HMAC login ({@link AuthenticatedSocketFactory}); reports the registry port as its ready
 * info and serves until stopped. Args: {@code <run id>}; the run's secret arrives on stdin.
 */
public final class RmiServerRole implements ChildRole {

    static final String NAME = "sharebench-echo";

    @Override
    public void run(ChildContext ctx) throws Exception {
        String runId = ctx.arg(0, "run id");
        byte[] secret = ctx.stdin().readNBytes(ManagerProtocol.SECRET_BYTES);
        if (secret.length != ManagerProtocol.SECRET_BYTES) {
            throw new IllegalStateException("expected a " + ManagerProtocol.SECRET_BYTES + "-byte secret on stdin, got " + secret.length);
        }
        AuthenticatedSocketFactory sockets = AuthenticatedSocketFactory.forRun(runId, secret);
        Registry registry = LocateRegistry.createRegistry(0, sockets, sockets);
        int port = sockets.lastPort();
        AtomicLong accepted = new AtomicLong();
        RmiEcho impl = new RmiEcho() {
            @Override
            public long echo(long value) {
                PeerWitness.add(PeerWitness.Seen.SERVED, 1);
                return RoundTrip.reply(value);
            }

            @Override
            public long accept(Object item) {
                return accepted.incrementAndGet();
            }
        };
        RmiEcho stub = (RmiEcho) UnicastRemoteObject.exportObject(impl, 0, sockets, sockets);
        registry.rebind(NAME, stub);
        ctx.ready(Integer.toString(port));
        while (!ctx.stopRequested()) {
            Thread.sleep(20);
        }
        UnicastRemoteObject.unexportObject(impl, true);
        UnicastRemoteObject.unexportObject(registry, true);
    }
}
