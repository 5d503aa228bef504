package dev.sharebench.core.socket;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.TempFiles;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SocketsTest {

    @Test
    void tcpServersListenOnLoopbackOnlyAndClientsSetNoDelay() throws Exception {
        try (ServerSocketChannel server = Sockets.listen("tcp", null, "unused")) {
            InetSocketAddress bound = (InetSocketAddress) server.getLocalAddress();
            assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound);
            try (SocketChannel c = Sockets.connect("tcp", Sockets.addressOf(server))) {
                assertTrue(c.getOption(java.net.StandardSocketOptions.TCP_NODELAY));
            }
        }
    }

    @Test
    void unixServersLiveInTheGivenPrivateDir() throws Exception {
        Path dir = TempFiles.createPrivateDir("test-sockets");
        try (ServerSocketChannel server = Sockets.listen("uds", dir, "sharebench-x")) {
            assertTrue(Path.of(Sockets.addressOf(server)).startsWith(dir));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    @Test
    void unknownTransportIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.listen("udp", null, "x"));
        assertTrue(e.getMessage().contains("'udp'"), e.getMessage());
    }
}
