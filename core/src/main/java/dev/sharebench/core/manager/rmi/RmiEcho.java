package dev.sharebench.core.manager.rmi;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** The remote interface of the rmi row: every call is a JRMP round trip to the child JVM. */
public interface RmiEcho extends Remote {
    long echo(long value) throws RemoteException;
}
