package dev.sharebench.core.manager.rmi;

import dev.sharebench.core.contract.RoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.manager.ManagerProtocol;
import dev.sharebench.core.process.Placement;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/*
 * The rmi row's child JVM serves only clients that prove the run's secret: a JRMP client with the
 * JDK's own sockets, or with the row's sockets but another secret, reaches neither the registry nor
 * the remote object, while the row's own client keeps working.
 */
@Timeout(60)
class RmiAuthenticationTest {

    @Test
    void aClientWithoutTheSecretCannotUseTheRegistry() throws Exception {
        try (RmiRoundTrip rt = new RmiRoundTrip(Placement.OS)) {
            assertEquals(RoundTrip.reply(42L), rt.roundTrip(42L));
            Registry plain = LocateRegistry.getRegistry("127.0.0.1", rt.port());
            assertThrows(RemoteException.class, plain::list, "a registry reached with plain sockets");
            assertThrows(RemoteException.class, () -> plain.lookup(RmiServerRole.NAME), "a lookup with plain sockets");
            Registry wrong = LocateRegistry.getRegistry("127.0.0.1", rt.port(),
                    AuthenticatedSocketFactory.forRun("another-run", ManagerProtocol.newSecret()));
            RemoteException e = assertThrows(RemoteException.class, wrong::list, "a registry reached with a wrong secret");
            assertTrue(String.valueOf(e.getCause()).contains("wrong secret"), "the client is told why: " + e);
            assertEquals(RoundTrip.reply(43L), rt.roundTrip(43L));
        }
    }
}
