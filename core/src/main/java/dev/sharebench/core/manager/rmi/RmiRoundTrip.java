package dev.sharebench.core.manager.rmi;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.manager.ManagerProtocol;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.util.List;
import java.util.UUID;

/**
 * Parent side of the rmi row: start the child with a fresh run secret (on its stdin), look the stub
 * up in the child's registry through the authenticated sockets, call echo per round trip.
 */
public final class RmiRoundTrip implements RoundTrip {

    private final String runId = UUID.randomUUID().toString();
    private final ChildProcess child;
    private final RmiEcho echo;

    public RmiRoundTrip(Placement placement) {
        byte[] secret = ManagerProtocol.newSecret();
        AuthenticatedSocketFactory sockets = AuthenticatedSocketFactory.forRun(runId, secret);
        this.child = ChildProcess.builder(RmiServerRole.class).args(List.of(runId)).stdinBytes(secret)
                .jvmFlags(List.of("-Djava.rmi.server.hostname=127.0.0.1")).cpu(placement.childCpu()).start();
        try {
            this.echo = (RmiEcho) LocateRegistry.getRegistry("127.0.0.1", port(), sockets).lookup(RmiServerRole.NAME);
        } catch (RemoteException | NotBoundException | RuntimeException e) {
            close();
            throw new IllegalStateException("rmi: cannot look up the echo object in the child's registry", e);
        }
    }

    @Override
    public long roundTrip(long value) {
        long r;
        child.beginWait();
        try {
            r = echo.echo(value);
        } catch (RemoteException e) {
            throw child.failure("rmi: echo(" + value + ") failed", e);
        } finally {
            child.endWait();
        }
        if (r != RoundTrip.reply(value)) {
            throw new IllegalStateException("rmi: sent " + value + ", the reply was " + r);
        }
        return r;
    }

    /**
     * One remote call carrying {@code item}, as RMI sends any object argument; returns the server's
     * count of such calls received. An argument RMI cannot marshal fails here, in the caller.
     */
    public long send(Object item) throws RemoteException {
        child.beginWait();
        try {
            return echo.accept(item);
        } finally {
            child.endWait();
        }
    }

    /** The child's registry port (tests). */
    int port() {
        return Integer.parseInt(child.readyInfo());
    }

    @Override
    public String mechanism() {
        return "rmi";
    }

    @Override
    public void close() {
        AuthenticatedSocketFactory.forget(runId);
        child.close();
    }
}
