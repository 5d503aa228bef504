package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.socket.Sockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/*
 * The manager server's limits (ServerLimits), against one real server child with small ones: a cap
 * of CAP connections, a login deadline of DEADLINE, a buffer budget of one frame. Each test leaves
 * the server with only its own probe connection open.
 */
@Timeout(60)
class ManagerLimitsTest {

    static final int CAP = 4;
    static final Duration DEADLINE = Duration.ofMillis(400);
    private static ManagerSession session;
    private static ManagerClient probe;
    private static ServerStats stats;

    @BeforeAll
    static void startServer() {
        ServerLimits limits = ServerLimits.DEFAULTS.withMaxConnections(CAP).withLoginDeadline(DEADLINE)
                .withBufferBudget(ManagerProtocol.MAX_FRAME);
        session = new ManagerSession("uds", Placement.OS, limits);
        probe = session.client(new BinaryCodec());
        stats = probe.proxy(ServerStats.class, "stats");
    }

    @AfterAll
    static void stopServer() {
        probe.close();
        session.close();
    }

    @Test
    void connectionsBeyondTheCapAreRefusedWithAMessageTheClientSees() throws InterruptedException {
        long refusedBefore = stats.refusedConnections();
        List<ManagerClient> clients = new ArrayList<>();
        try {
            for (int i = 1; i < CAP; i++) { // the probe is connection number one
                clients.add(session.client(new BinaryCodec()));
            }
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> session.client(new BinaryCodec()));
            String message = e.getMessage() + " / " + e.getCause().getMessage();
            assertTrue(message.contains("refused") && message.contains("cap of " + CAP + " connections"), message);
            assertEquals(refusedBefore + 1, stats.refusedConnections());
            clients.removeFirst().close();
            awaitConnections(CAP - 1);
            clients.add(session.client(new BinaryCodec())); // a freed slot is usable again
            SharedMap map = clients.getLast().proxy(SharedMap.class, "map");
            map.put("cap", 7L);
            assertEquals(7L, map.get("cap"));
        } finally {
            clients.forEach(ManagerClient::close);
        }
        awaitConnections(1);
    }

    @Test
    void aLoginLeftHalfDoneIsClosedAtTheDeadline() throws IOException, InterruptedException {
        long timeoutsBefore = stats.loginTimeouts();
        String[] address = session.address().split(" ", 2);
        try (SocketChannel ch = Sockets.connect(address[0], address[1])) {
            long opened = System.nanoTime();
            ch.write(ByteBuffer.wrap(new byte[] {BinaryCodec.ID, 1, 2, 3})); // 4 of the 33 bytes of a login answer
            ch.configureBlocking(false);
            ByteBuffer sink = ByteBuffer.allocate(64);
            while (ch.read(sink.clear()) >= 0) {
                assertTrue(System.nanoTime() - opened < DEADLINE.toNanos() + TimeUnit.SECONDS.toNanos(3), "still open long after the deadline");
                Thread.sleep(5);
            }
            long lived = System.nanoTime() - opened;
            assertTrue(lived >= DEADLINE.toNanos(), "closed after " + lived / 1_000_000 + " ms, before the deadline of " + DEADLINE.toMillis() + " ms");
        }
        assertEquals(timeoutsBefore + 1, stats.loginTimeouts());
        awaitConnections(1);
    }

    /*
     * A flood of wrong logins: each one is refused and counted, but the log gets one line per second,
     * and the next line that is written says how many were left out.
     */
    @Test
    void failedLoginsAreLoggedAtMostOncePerSecondWithACountOfTheRest() throws InterruptedException {
        int flood = 200;
        long failedBefore = stats.failedLogins();
        int linesBefore = ServerHealth.logLines(session).size();
        byte[] wrong = session.secret();
        wrong[5] ^= 1;
        long start = System.nanoTime();
        for (int i = 0; i < flood; i++) {
            assertThrows(UncheckedIOException.class, () -> ManagerClient.connect(session.address(), wrong, new BinaryCodec()));
        }
        long floodMillis = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(1100);
        assertThrows(UncheckedIOException.class, () -> ManagerClient.connect(session.address(), wrong, new BinaryCodec()));
        List<String> lines = ServerHealth.logLines(session);
        List<String> added = lines.subList(linesBefore, lines.size());
        System.out.printf("manager failed-login flood: %d wrong logins in %d ms, then one more after 1.1 s: %d log lines: %s%n",
                flood + 1, floodMillis, added.size(), added);
        assertTrue(added.size() <= 2 + floodMillis / 1000 + 1, added.size() + " log lines for " + (flood + 1) + " failed logins: " + added);
        assertTrue(added.getLast().matches(".*\\(\\d+ more like it since the last line\\).*"), "the last line must count the lines left out: " + added.getLast());
        assertEquals(failedBefore + flood + 1, stats.failedLogins());
        assertTrue(stats.suppressedLogLines() >= flood - added.size(), "suppressed lines counted: " + stats.suppressedLogLines());
    }

    /* A lock() that must wait parks that client's reply only; the server keeps answering the others. */
    @Test
    void aWaitingLockDoesNotStallOtherClientsAndADeadHolderReleasesIt() throws Exception {
        try (ManagerClient holder = session.client(new BinaryCodec()); ManagerClient waiter = session.client(new BinaryCodec())) {
            holder.proxy(SharedLock.class, "lock").lock();
            SharedLock waiterLock = waiter.proxy(SharedLock.class, "lock");
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(waiterLock::lock);
            RemoteCounter counter = probe.proxy(RemoteCounter.class, "counter");
            for (int i = 0; i < 20; i++) {
                counter.addAndGet(1);
            }
            assertTrue(!waiting.isDone(), "lock() returned while another client held the lock");
            holder.close(); // dies holding the lock: the server releases it to the next in line
            waiting.get(5, TimeUnit.SECONDS);
            waiterLock.unlock();
            assertThrows(RemoteManagerException.class, waiterLock::unlock, "unlock of a lock that is not held");
        }
        awaitConnections(1);
    }

    /*
     * The buffer budget (one frame here): while one client is half-way through a large request, a
     * second large request gets a "server busy" error instead of more memory; small requests still
     * work; once the first request is complete, large ones work again.
     */
    @Test
    void aLargeRequestBeyondTheBufferBudgetGetsABusyErrorAndNothingElseBreaks() throws IOException, InterruptedException {
        try (ManagerClient slow = session.client(new BinaryCodec()); ManagerClient other = session.client(new BinaryCodec())) {
            int len = ManagerProtocol.MAX_FRAME - 100;
            ByteBuffer half = ByteBuffer.allocate(4 + len / 2).putInt(len).put(new byte[len / 2]).flip();
            while (half.hasRemaining()) {
                slow.channel().write(half);
            }
            Thread.sleep(100); // let the server take the header and reserve the frame's buffer
            SharedMap map = other.proxy(SharedMap.class, "map");
            RemoteManagerException busy = assertThrows(RemoteManagerException.class, () -> map.put("big", new byte[600_000]));
            assertTrue(busy.getMessage().contains("server busy"), busy.getMessage());
            map.put("small", 1L);
            assertEquals(1L, map.get("small"));
            ByteBuffer rest = ByteBuffer.allocate(len - len / 2).put(0, (byte) 99);
            while (rest.hasRemaining()) {
                slow.channel().write(rest);
            }
            byte[] reply = slow.receiveRaw();
            assertEquals(ManagerProtocol.ERROR, reply[0], "a frame of zeros is not a call");
            map.put("big", new byte[600_000]);
            assertEquals(600_000, ((byte[]) map.get("big")).length);
        }
        awaitConnections(1);
    }

    private static void awaitConnections(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stats.connections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, stats.connections(), "open connections");
    }
}
