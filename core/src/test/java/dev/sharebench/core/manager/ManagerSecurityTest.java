package dev.sharebench.core.manager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sharebench.core.process.Placement;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/* The manager's security promises, against a real server child JVM (one for the whole class). */
@Timeout(60)
class ManagerSecurityTest {

    private static ManagerSession session;

    @BeforeAll
    static void startServer() {
        session = new ManagerSession("uds", Placement.OS);
    }

    @AfterAll
    static void stopServer() {
        session.close();
    }

    @Test
    void proxiesRoundTripEveryKindOfObject() {
        try (ManagerClient c = session.client(new BinaryCodec())) {
            SharedList list = c.proxy(SharedList.class, "list");
            list.add("a");
            list.add(List.of(1L, "b"));
            assertEquals("a", list.get(0));
            assertEquals(List.of(1L, "b"), list.get(1));
            RemoteCounter counter = c.proxy(RemoteCounter.class, "counter");
            long before = counter.get();
            assertEquals(before + 5, counter.addAndGet(5));
            SharedLock lock = c.proxy(SharedLock.class, "lock");
            lock.lock();
            lock.unlock();
            assertThrows(RemoteManagerException.class, lock::unlock);
        }
    }

    @Test
    void unixSocketLivesInAPrivateDirectory() throws IOException {
        Path sock = Path.of(session.address().split(" ", 2)[1]);
        assertTrue(sock.getParent().getFileName().toString().startsWith("sharebench-"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                Files.getPosixFilePermissions(sock.getParent()));
    }

    @Test
    void wrongSecretIsRejectedBeforeAnyCall() {
        byte[] wrong = session.secret();
        wrong[0] ^= 1;
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ManagerClient.connect(session.address(), wrong, new BinaryCodec()));
        assertTrue(e.getMessage().contains("wrong secret"), e.getMessage());
        assertServerAnswers();
    }

    @Test
    void oversizeFrameClosesTheConnectionWithoutAllocatingIt() throws IOException {
        try (ManagerClient c = session.client(new BinaryCodec())) {
            ByteBuffer hostile = ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).flip();
            c.channel().write(hostile);
            ByteBuffer reply = ByteBuffer.allocate(16);
            assertEquals(-1, c.channel().read(reply), "the server must close a connection that declares a huge frame");
        }
        assertServerAnswers();
    }

    @Test
    void javaCodecRejectsClassesOutsideTheAllowlist() throws IOException {
        try (ManagerClient c = session.client(new JavaSerialCodec())) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
                oos.writeObject(new Call("map", "put", new Object[] {1L, new java.util.Date()}));
            }
            byte[] reply = c.rawExchange(bytes.toByteArray(), bytes.size());
            assertEquals(ManagerProtocol.ERROR, reply[0]);
            String message = new String(reply, 1, reply.length - 1);
            assertTrue(message.contains("java.util.Date is not on the allowlist"), message);
            SharedMap map = c.proxy(SharedMap.class, "map");
            map.put("k", 7L);
            assertEquals(7L, map.get("k"));
        }
    }

    /*
     * The allowlist's array limit through a real server: a String[] is a value like any other; a
     * long[] header that declares more than the 1 MiB per message is refused before the array is
     * allocated (the frame holds only the header), with an error naming the class and the limit.
     */
    @Test
    void javaCodecTakesStringArraysAndRefusesOversizeArraysBeforeAllocating() throws IOException {
        try (ManagerClient c = session.client(new JavaSerialCodec())) {
            SharedMap map = c.proxy(SharedMap.class, "map");
            map.put("words", new String[] {"a", "b"});
            assertArrayEquals(new String[] {"a", "b"}, (String[]) map.get("words"));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
                oos.writeObject(new Call("map", "put", new Object[] {"big", new long[(1 << 17) + 1]}));
            }
            int withoutTheData = bytes.size() - 8 * ((1 << 17) + 1);
            byte[] reply = c.rawExchange(bytes.toByteArray(), withoutTheData); // the array's header arrives, its data never
            String message = new String(reply, 1, reply.length - 1);
            assertEquals(ManagerProtocol.ERROR, reply[0], message);
            assertTrue(message.contains("long[]") && message.contains("1048576"), message);
            assertArrayEquals(new String[] {"a", "b"}, (String[]) map.get("words"));
        }
    }

    /*
     * 10,000 random frames (random lengths, random bytes, some starting like a real call): each gets
     * an error reply or, rarely, decodes to a harmless call; the server keeps serving, grows no
     * threads, and its heap after GC stays within a few MiB.
     */
    @Test
    void tenThousandMalformedFramesLeaveTheServerHealthy() throws IOException {
        Random rnd = new Random(42);
        try (ManagerClient c = session.client(new BinaryCodec()); ManagerClient probe = session.client(new BinaryCodec())) {
            ServerStats stats = probe.proxy(ServerStats.class, "stats");
            int threadsBefore = stats.threads();
            long heapBefore = stats.usedHeapAfterGc();
            byte[] frame = new byte[4096];
            int errors = 0;
            for (int i = 0; i < 10_000; i++) {
                int len = rnd.nextInt(frame.length);
                rnd.nextBytes(frame);
                if (i % 3 == 0 && len > 12) { // a plausible header: object "map", then garbage
                    ByteBuffer.wrap(frame).putInt(3).put((byte) 'm').put((byte) 'a').put((byte) 'p').putInt(rnd.nextInt());
                }
                byte[] reply = c.rawExchange(frame, len);
                if (reply[0] == ManagerProtocol.ERROR) {
                    errors++;
                }
            }
            assertTrue(errors >= 9_900, "expected error replies for malformed frames, got " + errors);
            assertEquals(threadsBefore, stats.threads(), "server thread count changed");
            long growth = stats.usedHeapAfterGc() - heapBefore;
            assertTrue(growth < 8L << 20, "server heap grew by " + growth + " bytes");
        }
        assertServerAnswers();
    }

    @Test
    void unknownObjectsAndMethodsGetErrorReplies() {
        try (ManagerClient c = session.client(new BinaryCodec())) {
            RemoteManagerException e = assertThrows(RemoteManagerException.class, () -> c.call("nope", "get", new Object[0]));
            assertTrue(e.getMessage().contains("no shared object named 'nope'"), e.getMessage());
            e = assertThrows(RemoteManagerException.class, () -> c.call("map", "clear", new Object[0]));
            assertTrue(e.getMessage().contains("no method clear"), e.getMessage());
        }
    }

    private static void assertServerAnswers() {
        try (ManagerClient c = session.client(new BinaryCodec())) {
            SharedMap map = c.proxy(SharedMap.class, "map");
            map.putAll(java.util.Map.of(11L, new byte[] {1, 2}));
            assertArrayEquals(new byte[] {1, 2}, (byte[]) map.getAll(new ArrayList<>(List.of(11L))).getFirst());
        }
    }
}
