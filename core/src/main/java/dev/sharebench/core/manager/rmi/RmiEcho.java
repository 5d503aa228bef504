package dev.sharebench.core.manager.rmi;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** The remote interface of the rmi row: every call is a JRMP round trip to the child JVM. */
public interface RmiEcho extends Remote {
    long echo(long value) throws RemoteException;

    /**
     * Takes any object (proof 18 sends one that cannot be serialized); returns how many calls of
     * this method the server has received, so the caller can see whether the object arrived.
     */
    long accept(Object item) throws RemoteException;
}
