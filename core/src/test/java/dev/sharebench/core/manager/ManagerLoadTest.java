package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import dev.sharebench.core.socket.Sockets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * The manager server under load and abuse, against a real server child JVM (its default 256 MiB
 * heap), on loopback TCP and a Unix socket in a private directory.
 *
 * Load: CLIENTS clients logged in at the same time, each making CALLS calls on its own connection
 * from its own virtual thread. Every reply is checked: call j of client i is map.put("load-i", j),
 * which must return j - 1, the value this client put before, so a lost, duplicated or crossed reply
 * shows. The server's heap after GC and its live threads are printed idle, with every client
 * connected, and after they closed. The default run (part of mvn verify) is 1,000 clients x 5 calls;
 * the soak, run by hand:
 *
 *   mvn -B -o verify -pl core -am -Dtest=ManagerLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dsharebench.manager.soak=true          (1,000 clients x 1,000 calls; or set
 *       -Dsharebench.manager.clients=N -Dsharebench.manager.calls=M)
 *
 * Before the selector server (one platform thread and 4 MiB of buffers per connection) the 64th
 * logged-in client's first call failed: OutOfMemoryError in the server, on both transports.
 *
 * Slow loris: LORIS connections that open and never log in. The server holds them without a thread
 * each, keeps answering a real client, closes every one at its login deadline, and logs a bounded
 * number of lines about them.
 */
class ManagerLoadTest {

    static final boolean SOAK = Boolean.getBoolean("sharebench.manager.soak");
    static final int CLIENTS = Integer.getInteger("sharebench.manager.clients", 1000);
    static final int CALLS = Integer.getInteger("sharebench.manager.calls", SOAK ? 1000 : 5);
    static final int LORIS = 300;
    static final Duration LORIS_DEADLINE = Duration.ofMillis(1000);
    /* No thread per connection: allow only the JVM's own variation (compiler and GC threads). */
    static final int THREAD_SLACK = 16;
    /* What the server may hold per idle logged-in connection (measured: see the class comment of ManagerServer). */
    static final long HEAP_PER_CONNECTION = 8 * 1024;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"uds", "tcp"})
    void everyClientGetsEveryReplyAndTheServerStaysSmall(String transport) {
        Duration budget = Duration.ofSeconds(60).plusMillis((long) CLIENTS * CALLS / 5);
        assertTimeoutPreemptively(budget, () -> loadRun(transport), "load run over its time budget of " + budget);
    }

    private static void loadRun(String transport) throws Exception {
        try (ManagerSession session = new ManagerSession(transport, Placement.OS);
             ManagerClient probe = session.client(new BinaryCodec())) {
            ServerStats stats = probe.proxy(ServerStats.class, "stats");
            ServerHealth idle = ServerHealth.of(stats);
            List<ManagerClient> clients = new ArrayList<>(CLIENTS);
            ServerHealth loaded;
            long start = System.nanoTime();
            long connected;
            Queue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicLong checked = new AtomicLong();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    clients.add(session.client(new BinaryCodec()));
                }
                connected = System.nanoTime();
                callFromEveryClient(clients, checked, wrong);
                loaded = ServerHealth.of(stats);
                assertEquals(CLIENTS + 1, stats.connections(), "open connections while every client is connected");
            } finally {
                clients.forEach(ManagerClient::close);
            }
            long called = System.nanoTime();
            awaitConnections(stats, 1);
            ServerHealth after = ServerHealth.of(stats);
            System.out.printf("manager load %s: %d clients x %d calls = %d replies checked, %d wrong or lost;"
                            + " connect %.2f s, calls %.2f s; server heap after GC %s idle, %s with %d clients, %s after;"
                            + " server threads %d idle, %d with %d clients, %d after%n",
                    transport, CLIENTS, CALLS, checked.get(), wrong.size(), (connected - start) / 1e9, (called - connected) / 1e9,
                    idle.heapMiB(), loaded.heapMiB(), CLIENTS, after.heapMiB(), idle.threads(), loaded.threads(), CLIENTS, after.threads());
            assertTrue(wrong.isEmpty(), wrong.size() + " wrong or lost replies, first: " + wrong.peek());
            assertEquals((long) CLIENTS * CALLS, checked.get(), "replies checked");
            assertTrue(loaded.threads() <= idle.threads() + THREAD_SLACK, "server threads grew from " + idle.threads() + " to " + loaded.threads());
            long perConnection = (loaded.heapBytes() - idle.heapBytes()) / CLIENTS;
            assertTrue(perConnection <= HEAP_PER_CONNECTION, "server heap per connection " + perConnection + " bytes");
            assertTrue(after.heapBytes() - idle.heapBytes() < 4L << 20, "server heap not released after the clients closed: " + after.heapMiB());
        }
    }

    private static void callFromEveryClient(List<ManagerClient> clients, AtomicLong checked, Queue<String> wrong) throws InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients.size(); i++) {
                int id = i;
                SharedMap map = clients.get(i).proxy(SharedMap.class, "map");
                threads.submit(() -> {
                    for (long j = 0; j < CALLS; j++) {
                        Object previous;
                        try {
                            previous = map.put("load-" + id, j);
                        } catch (RuntimeException e) {
                            wrong.add("client " + id + " call " + j + " failed: " + e);
                            return;
                        }
                        Object expected = j == 0 ? null : j - 1;
                        if (Objects.equals(expected, previous)) {
                            checked.incrementAndGet();
                        } else {
                            wrong.add("client " + id + " call " + j + ": put returned " + previous + ", expected " + expected);
                        }
                    }
                });
            }
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.DAYS); // the caller's time budget interrupts a hang
        }
    }

    /* The server sees a client's close on its next event: give it a moment. */
    private static void awaitConnections(ServerStats stats, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stats.connections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, stats.connections(), "open connections");
    }

    @Test
    void slowLorisConnectionsAreClosedAtTheLoginDeadlineWhileARealClientIsServed() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), ManagerLoadTest::slowLoris);
    }

    private static void slowLoris() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULTS.withLoginDeadline(LORIS_DEADLINE);
        try (ManagerSession session = new ManagerSession("uds", Placement.OS, limits);
             ManagerClient probe = session.client(new BinaryCodec())) {
            ServerStats stats = probe.proxy(ServerStats.class, "stats");
            SharedMap map = probe.proxy(SharedMap.class, "map");
            ServerHealth idle = ServerHealth.of(stats);
            String[] address = session.address().split(" ", 2);
            List<SocketChannel> loris = new ArrayList<>(LORIS);
            long[] openedAt = new long[LORIS];
            long[] closedAt = new long[LORIS];
            try {
                for (int i = 0; i < LORIS; i++) {
                    SocketChannel ch = Sockets.connect(address[0], address[1]);
                    ch.configureBlocking(false);
                    openedAt[i] = System.nanoTime();
                    loris.add(ch);
                }
                ServerHealth held = ServerHealth.of(stats);
                assertTrue(held.threads() <= idle.threads() + THREAD_SLACK, "server threads grew from " + idle.threads() + " to " + held.threads()
                        + " while holding " + LORIS + " connections that never logged in");
                int connectionsHeld = stats.connections();
                long worstCall = 0;
                long calls = 0;
                long giveUp = System.nanoTime() + LORIS_DEADLINE.toNanos() + TimeUnit.SECONDS.toNanos(5);
                ByteBuffer sink = ByteBuffer.allocate(256);
                int open = LORIS;
                while (open > 0 && System.nanoTime() < giveUp) {
                    long s = System.nanoTime();
                    map.put("probe", calls);
                    assertEquals(calls, map.get("probe"), "the real client's reply");
                    worstCall = Math.max(worstCall, System.nanoTime() - s);
                    calls++;
                    open = 0;
                    for (int i = 0; i < LORIS; i++) {
                        if (closedAt[i] == 0) {
                            if (loris.get(i).read(sink.clear()) < 0) {
                                closedAt[i] = System.nanoTime();
                            } else {
                                open++;
                            }
                        }
                    }
                    Thread.sleep(20);
                }
                long logins = stats.loginTimeouts();
                List<String> log = ServerHealth.logLines(session);
                System.out.printf("manager slow loris: %d connections that never log in, login deadline %d ms: server threads %d idle, %d while"
                                + " holding them (%d open connections); %d of them closed by the deadline (login timeouts counted: %d);"
                                + " real client made %d put+get pairs meanwhile, slowest %.1f ms; server log %d lines%n",
                        LORIS, LORIS_DEADLINE.toMillis(), idle.threads(), held.threads(), connectionsHeld, LORIS - open, logins,
                        calls, worstCall / 1e6, log.size());
                assertEquals(LORIS + 1, connectionsHeld, "the server must hold every loris connection until its deadline");
                assertEquals(0, open, "loris connections still open " + Duration.ofNanos(giveUp - openedAt[0]).toMillis() + " ms after they opened");
                for (int i = 0; i < LORIS; i++) {
                    long lived = closedAt[i] - openedAt[i];
                    assertTrue(lived >= LORIS_DEADLINE.toNanos() && lived < LORIS_DEADLINE.toNanos() + TimeUnit.SECONDS.toNanos(2),
                            "loris " + i + " was closed after " + lived / 1_000_000 + " ms, deadline " + LORIS_DEADLINE.toMillis() + " ms");
                }
                assertEquals(LORIS, logins, "login timeouts counted");
                assertTrue(log.size() <= 5, "the server logged " + log.size() + " lines about " + LORIS + " login timeouts: " + log);
                assertTrue(ServerHealth.of(stats).threads() <= idle.threads() + THREAD_SLACK, "server threads after the loris connections closed");
            } finally {
                for (SocketChannel ch : loris) {
                    closeTestSocket(ch);
                }
            }
        }
    }

    private static void closeTestSocket(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            throw new IllegalStateException("closing a test socket failed", e);
        }
    }
}
