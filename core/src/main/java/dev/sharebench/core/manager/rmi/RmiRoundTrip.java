package dev.sharebench.core.manager.rmi;

import dev.sharebench.core.contract.RoundTrip;
import dev.sharebench.core.process.ChildProcess;
import dev.sharebench.core.process.Placement;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.util.List;

/** Parent side of the rmi row: look the stub up in the child's registry, call echo per round trip. */
public final class RmiRoundTrip implements RoundTrip {

    private final ChildProcess child;
    private final RmiEcho echo;

    public RmiRoundTrip(Placement placement) {
        this.child = ChildProcess.builder(RmiServerRole.class).args(List.of())
                .jvmFlags(List.of("-Djava.rmi.server.hostname=127.0.0.1")).cpu(placement.childCpu()).start();
        try {
            int port = Integer.parseInt(child.readyInfo());
            this.echo = (RmiEcho) LocateRegistry.getRegistry("127.0.0.1", port, new LoopbackSocketFactory()).lookup(RmiServerRole.NAME);
        } catch (RemoteException | NotBoundException | RuntimeException e) {
            child.close();
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
        if (r != value) {
            throw new IllegalStateException("rmi: sent " + value + ", echo was " + r);
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

    @Override
    public String mechanism() {
        return "rmi";
    }

    @Override
    public void close() {
        child.close();
    }
}
